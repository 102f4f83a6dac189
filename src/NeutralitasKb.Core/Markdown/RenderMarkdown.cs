using NeutralitasKb.Build;

namespace NeutralitasKb.Markdown;

/// <summary>Converts every page body to HTML with the build's one Markdig pipeline, in parallel.</summary>
public sealed class RenderMarkdown : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var converter = new MarkdownConverter(context.Settings);
        context.Markdown = converter;
        // Alias pages share their page's source: only the page itself names the URL a link to its file goes to.
        var urlBySource = context.Pages.Where(p => p.RedirectTo is null).DistinctBy(p => p.Source.RelativePath)
            .ToDictionary(p => p.Source.RelativePath, p => p.Url, StringComparer.Ordinal);
        var pages = context.Pages.ToArray();
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism }, i =>
        {
            var page = pages[i];
            if (page.Failed) return;
            var result = converter.Convert(page.Body, page.Display, page.BodyLine, context.Diagnostics,
                href => ResolveMarkdownLink(href, page.Source.RelativePath, urlBySource));
            pages[i] = result.Ok ? page with { ContentHtml = result.Html, Headings = result.Headings } : page with { Failed = true };
        });
        context.Pages = pages;
    }

    /// <summary>"../sanksi.md#berat" written in dasar-hukum/x.md becomes "/sanksi/#berat"; anything else is kept as written.</summary>
    public static string ResolveMarkdownLink(string href, string sourcePath, IReadOnlyDictionary<string, string> urlBySource)
    {
        if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return href;
        }

        var hash = href.IndexOf('#');
        var path = hash >= 0 ? href[..hash] : href;
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return href;
        }

        var fragment = hash >= 0 ? href[hash..] : "";
        var baseDir = Path.GetDirectoryName(sourcePath)?.Replace('\\', '/') ?? "";
        var combined = path.StartsWith('/') ? path.TrimStart('/') : (baseDir.Length == 0 ? path : baseDir + "/" + path);
        var normalized = Normalize(combined);
        return normalized is not null && urlBySource.TryGetValue(normalized, out var url) ? url + fragment : href;
    }

    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }
}
