using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Benchmarks.Support;

/// <summary>The theme a benchmark builds with and the layouts it offers (pages fall back to 'page' for missing ones).</summary>
public sealed record BenchTheme(string Path, string Description, IReadOnlySet<string> Layouts)
{
    /// <summary>The given theme, else the repository's theme/ once it has layouts, else the tests' minimal theme written to <paramref name="scratch"/>.</summary>
    public static BenchTheme Resolve(string? requested, string repoRoot, string scratch)
    {
        var real = requested ?? System.IO.Path.Combine(repoRoot, "theme");
        if (File.Exists(System.IO.Path.Combine(real, "layouts", "page.hbs")))
        {
            return new BenchTheme(real, real, LayoutsIn(real));
        }

        var minimal = System.IO.Path.Combine(scratch, "theme");
        foreach (var (path, text) in MinimalTheme.Files)
        {
            var full = System.IO.Path.Combine(scratch, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return new BenchTheme(minimal, "minimal test theme (the repository has no theme/layouts yet)", LayoutsIn(minimal));
    }

    private static HashSet<string> LayoutsIn(string theme) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(theme, "layouts"), "*.hbs")
            .Select(System.IO.Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
