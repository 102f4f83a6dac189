using System.Text;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Tests.Support;

/// <summary>
/// A whole test site described in one string of <c>-- input/x.md --</c> blocks (Hugo's txtar style), written to a
/// temporary folder. Unless the spec has theme files, the site uses a minimal theme (see MinimalTheme) so stage
/// tests do not depend on the real theme; pass <c>realTheme: true</c> to overlay the repository's theme/.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly bool _realTheme;

    public TestSite(string spec, bool realTheme = false, bool withSettings = true)
    {
        _realTheme = realTheme;
        Folders = new SiteFolders(_dir.Combine("input"), realTheme ? Repo.Path("theme") : _dir.Combine("theme"), _dir.Combine("output"));
        Reset(spec, withSettings);
    }

    /// <summary>Replaces input/ and the test theme with another spec; the output folder (the previous site) stays.</summary>
    public void Reset(string spec, bool withSettings = true)
    {
        foreach (var folder in new[] { "input", "theme" }.Select(f => _dir.Combine(f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        var files = Parse(spec);
        if (!_realTheme && !files.Keys.Any(k => k.StartsWith("theme/", StringComparison.Ordinal)))
        {
            foreach (var (path, text) in MinimalTheme.Files) files.TryAdd(path, text);
        }

        if (withSettings) files.TryAdd("input/settings.yml", DefaultSettings);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }

        Directory.CreateDirectory(_dir.Combine("input"));
        Directory.CreateDirectory(_dir.Combine("theme"));
    }

    public const string DefaultSettings = """
        title: Situs Uji
        baseUrl: https://contoh.test/netralitas/
        opd:
          name: Dinas Uji
          region: Kabupaten Uji
        """;

    public SiteFolders Folders { get; }

    public string Root => _dir.Path;

    public void Write(string path, string text)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public static readonly DateTimeOffset FixedNow = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Builds without search (no Node.js needed) at a fixed time.</summary>
    public BuildResult Build(bool checkOnly = false) =>
        Build(new BuildOptions { CheckOnly = checkOnly, NodePath = "" });

    public BuildResult Build(BuildOptions options) => SiteBuilder.Build(Folders, options with { Now = options.Now ?? FixedNow });

    /// <summary>Diagnostics as printed, with the temp folder's path removed.</summary>
    public IReadOnlyList<string> Messages(BuildResult result) => Messages(result.Diagnostics);

    public IReadOnlyList<string> Messages(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString().Replace(_dir.Path + "/", "", StringComparison.Ordinal)).ToList();

    /// <summary>Full path of a site file given as in a spec ("input/x.md").</summary>
    public string FullPath(string relative) => _dir.Combine(relative.Split('/'));

    public string Output(string relative) => File.ReadAllText(System.IO.Path.Combine(Folders.Output, relative));

    /// <summary>output.staging-* and output.previous-* folders: a finished build leaves none.</summary>
    public IReadOnlyList<string> LeftoversBesideOutput() =>
        Directory.GetFileSystemEntries(Root).Select(System.IO.Path.GetFileName).Where(n => n!.StartsWith("output.", StringComparison.Ordinal)).ToList()!;

    public bool OutputExists(string relative) => File.Exists(System.IO.Path.Combine(Folders.Output, relative));

    public static Dictionary<string, string> Parse(string spec)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new StringBuilder();
        foreach (var line in spec.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) files[current] = text.ToString();
                current = line[3..^3].Trim();
                text.Clear();
                continue;
            }

            if (current is not null) text.Append(line).Append('\n');
        }

        if (current is not null) files[current] = text.ToString();
        return files;
    }

    public void Dispose() => _dir.Dispose();
}
