namespace NeutralitasKb.Sources;

/// <summary>Where a build reads from and writes to. Display paths in diagnostics are relative to the working directory.</summary>
public sealed record SiteFolders(string Input, string Theme, string Output)
{
    public static SiteFolders Default(string workingDirectory)
    {
        var input = Path.Combine(workingDirectory, "input");
        return new SiteFolders(input, LocateTheme(workingDirectory), Path.Combine(workingDirectory, "output"));
    }

    /// <summary>
    /// The theme next to the input (a repository checkout) wins; otherwise the theme shipped beside the executable
    /// (a released generator used on an OPD's own site).
    /// </summary>
    public static string LocateTheme(string workingDirectory)
    {
        var local = Path.Combine(workingDirectory, "theme");
        if (Directory.Exists(local))
        {
            return local;
        }

        return Path.Combine(AppContext.BaseDirectory, "theme");
    }

    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            relative = fullPath;
        }

        return relative.Replace('\\', '/');
    }
}
