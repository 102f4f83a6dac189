using System.Text;

namespace NeutralitasKb.Cli.Init;

/// <summary>
/// Creates a new OPD site: DIR/input (the default content, settings.yml, the published-links manifest), a local
/// pages section DIR/input/lokal/ with a page to fill in, a short README for the admin and a .gitignore.
/// </summary>
public static class NewSite
{
    public const string LocalSection = "lokal";

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Why DIR cannot hold a new site, or null when it can (it does not exist or is an empty folder).</summary>
    public static string? Refusal(string dir)
    {
        if (File.Exists(dir)) return $"'{dir}' is a file; give the name of a new or empty folder";
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
        {
            return $"'{dir}' is not empty; init never overwrites files: give the name of a new or empty folder";
        }

        return null;
    }

    /// <summary>Copies <paramref name="defaultContent"/> into DIR/input and adds the local section. Returns the files written.</summary>
    public static int Create(string dir, string defaultContent)
    {
        var input = Path.Combine(dir, "input");
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(defaultContent, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(defaultContent, file);
            if (relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'))) continue;
            var target = Path.Combine(input, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            count++;
        }

        count += Write(Path.Combine(input, LocalSection, "index.md"), LocalPages.SectionIndex);
        count += Write(Path.Combine(input, LocalSection, "surat-edaran-kepala-daerah.md"), LocalPages.ExamplePage);
        count += Write(Path.Combine(dir, "README.md"), LocalPages.AdminReadme);
        count += Write(Path.Combine(dir, ".gitignore"), "/output/\n/output.staging-*/\n/output.previous-*/\n");
        return count;
    }

    private static int Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) return 0;
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), Utf8);
        return 1;
    }
}
