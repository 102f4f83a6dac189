using NeutralitasKb.Build;
using NeutralitasKb.Layout;

namespace NeutralitasKb.Site;

/// <summary>
/// Data for the generated listing pages: the A–Z topic index (see <see cref="AzIndex"/>) and the list of shareable
/// links with QR codes for circulars.
/// </summary>
public sealed class BuildIndexes : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var pages = PublishedPages(context.Pages).ToList();
        var entries = AzIndex.Entries(pages, context.Synonyms);
        context.LayoutData["azIndex"] = AzIndexData(entries);
        context.LayoutData["azLetters"] = AzLetters(entries);
        context.LayoutData["links"] = Links(pages, context.Settings);
    }

    /// <summary>Pages a reader can land on: no redirects, no 404 page, nothing that failed.</summary>
    public static IEnumerable<Page> PublishedPages(IEnumerable<Page> pages) =>
        pages.Where(p => !p.Failed && p.RedirectTo is null && p.Url.EndsWith('/'));

    /// <summary>The index by letter (only letters that have entries), as the az-index layout reads it.</summary>
    public static List<Dictionary<string, object?>> AzIndexData(IReadOnlyList<AzIndex.Entry> entries) =>
        entries
            .GroupBy(e => AzIndex.Letter(e.Term))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Dictionary<string, object?>
            {
                ["letter"] = g.Key,
                ["id"] = AzIndex.LetterId(g.Key),
                ["entries"] = g.Select(e => new Dictionary<string, object?>
                {
                    ["term"] = e.Term, ["url"] = e.Url, ["pageTitle"] = e.PageTitle, ["see"] = e.See,
                }).ToList(),
            })
            .ToList();

    /// <summary>The whole alphabet for the letter navigation: letters without entries are shown but not linked.</summary>
    public static List<Dictionary<string, object?>> AzLetters(IReadOnlyList<AzIndex.Entry> entries)
    {
        var present = entries.Select(e => AzIndex.Letter(e.Term)).ToHashSet(StringComparer.Ordinal);
        var letters = Enumerable.Range('A', 26).Select(c => ((char)c).ToString()).ToList();
        if (present.Contains(AzIndex.DigitsLetter)) letters.Insert(0, AzIndex.DigitsLetter);
        return letters
            .Select(l => new Dictionary<string, object?> { ["letter"] = l, ["id"] = AzIndex.LetterId(l), ["present"] = present.Contains(l) })
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
}
