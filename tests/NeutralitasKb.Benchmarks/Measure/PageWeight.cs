using System.IO.Compression;
using AngleSharp.Html.Parser;
using NeutralitasKb.Build;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Benchmarks.Measure;

/// <summary>The gzipped weight of one built page plus every stylesheet and script it loads.</summary>
public static class PageWeight
{
    public sealed record Part(string Path, long Bytes, long Gzipped);

    /// <summary>Weighs <paramref name="page"/> (e.g. "sanksi/index.html") in the site's output/, building its input/ into <paramref name="scratch"/> when there is no output.</summary>
    /// <returns>The parts, page first, and where they came from; null parts when the site has neither output nor input.</returns>
    public static (IReadOnlyList<Part>? Parts, string Source) Measure(string site, string page, string scratch)
    {
        var output = Path.Combine(site, "output");
        if (!File.Exists(Path.Combine(output, page)))
        {
            var input = Path.Combine(site, "input");
            if (!File.Exists(Path.Combine(input, "settings.yml")))
            {
                return (null, $"{site} has neither output/{page} nor input/settings.yml");
            }

            output = Path.Combine(scratch, "default-site-output");
            var result = SiteBuilder.Build(new SiteFolders(input, SiteFolders.LocateTheme(site), output), new BuildOptions { NodePath = "" });
            if (!File.Exists(Path.Combine(output, page)))
            {
                var first = result.Diagnostics.FirstOrDefault(d => d.IsError)?.ToString() ?? "no page written";
                return (null, $"building {input} did not write {page}: {first}");
            }
        }

        var pagePath = Path.Combine(output, page);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(pagePath));
        var assets = document.QuerySelectorAll("link[rel~='stylesheet'][href]").Select(e => e.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!))
            .Where(href => !href.Contains("://", StringComparison.Ordinal))
            .Select(href => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(pagePath)!, href.Split('?', '#')[0])))
            .Distinct()
            .Where(File.Exists);
        var parts = new[] { pagePath }.Concat(assets)
            .Select(path => new Part(Path.GetRelativePath(output, path), new FileInfo(path).Length, Gzipped(File.ReadAllBytes(path))))
            .ToList();
        return (parts, output);
    }

    public static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }
}
