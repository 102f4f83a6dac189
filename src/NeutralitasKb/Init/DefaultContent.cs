namespace NeutralitasKb.Cli.Init;

/// <summary>
/// Where the default content lives: a repository checkout's input/ when nkb runs from inside one (always the
/// freshest), otherwise the copy shipped beside the executable (default-content/, see the CLI's csproj).
/// </summary>
public static class DefaultContent
{
    public const string ShippedFolder = "default-content";

    public static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var input = Path.Combine(dir.FullName, "input");
            if (File.Exists(Path.Combine(dir.FullName, "NeutralitasKb.sln")) && IsContent(input))
            {
                return input;
            }
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, ShippedFolder);
        return IsContent(shipped) ? shipped : null;
    }

    private static bool IsContent(string folder) => File.Exists(Path.Combine(folder, "settings.yml"));
}
