using NeutralitasKb.Build;
using NeutralitasKb.Layout;

namespace NeutralitasKb.Site;

/// <summary>
/// Data for the generated listing pages: the A–Z topic index (front matter keywords, page titles and section
/// headings) and the list of shareable links with QR codes for circulars.
/// </summary>
public sealed class BuildIndexes : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var pages = PublishedPages(context.Pages).ToList();
        context.LayoutData["azIndex"] = AzIndex(pages);
        context.LayoutData["links"] = Links(pages, context.Settings);
    }

    /// <summary>Pages a reader can land on: no redirects, no 404 page, nothing that failed.</summary>
    public static IEnumerable<Page> PublishedPages(IEnumerable<Page> pages) =>
        pages.Where(p => !p.Failed && p.RedirectTo is null && p.Url.EndsWith('/'));

    public static List<Dictionary<string, object?>> AzIndex(IReadOnlyList<Page> pages)
    {
        var entries = new List<(string Term, string Url, string PageTitle)>();
        foreach (var page in pages.Where(p => p.Meta.Search))
        {
            if (!page.IsHome) entries.Add((page.Meta.Title, page.Url, page.Meta.Title));
            foreach (var keyword in page.Meta.Keywords) entries.Add((keyword, page.Url, page.Meta.Title));
            if (page.Url.StartsWith("/dasar-hukum/", StringComparison.Ordinal)) continue;
            foreach (var heading in page.Headings.Where(h => h.Level == 2))
            {
                entries.Add((heading.Text, page.Url + "#" + heading.Id, page.Meta.Title));
            }
        }

        return entries
            .Where(e => e.Term.Length > 0)
            .DistinctBy(e => (e.Term.ToLowerInvariant(), e.Url))
            .GroupBy(e => Letter(e.Term))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Dictionary<string, object?>
            {
                ["letter"] = g.Key,
                ["id"] = g.Key == "0–9" ? "angka" : g.Key.ToLowerInvariant(),
                ["entries"] = g.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.PageTitle, StringComparer.Ordinal)
                    .Select(e => new Dictionary<string, object?> { ["term"] = e.Term, ["url"] = e.Url, ["pageTitle"] = e.PageTitle })
                    .ToList(),
            })
            .ToList();
    }

    public static List<Dictionary<string, object?>> Links(IReadOnlyList<Page> pages, SiteSettings settings) =>
        pages
            .OrderBy(p => p.IsHome ? 0 : 1)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new Dictionary<string, object?>
            {
                ["title"] = p.Meta.Title,
                ["url"] = p.Url,
                ["absoluteUrl"] = settings.Absolute(p.Url),
                ["qrUrl"] = LayoutModel.QrPath(p.Url),
            })
            .ToList();

    private static string Letter(string term)
    {
        var first = char.ToUpperInvariant(term.TrimStart('"', '\'', '(', '“')[0]);
        return first is >= 'A' and <= 'Z' ? first.ToString() : "0–9";
    }
}
