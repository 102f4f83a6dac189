using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Content;

/// <summary>The Dasar hukum pages: full titles, and links that name an article land on that article.</summary>
[Collection(DefaultSiteCollection.Name)]
public sealed partial class LegalBasisPageTests(DefaultSite site)
{
    [Fact]
    public void Every_dasar_hukum_page_states_the_regulations_full_title()
    {
        var problems = new List<string>();
        var pages = site.Pages.Where(p => p.Url.StartsWith("/dasar-hukum/", StringComparison.Ordinal) && p.Url != "/dasar-hukum/").ToList();
        foreach (var page in pages)
        {
            if (!Contract.FullTitles.TryGetValue(page.Url, out var titles))
            {
                problems.Add($"{page.Url}: a Dasar hukum page the test does not know: add its full title to Contract.FullTitles");
                continue;
            }

            var text = Words(site.Document(page).QuerySelector("main")!.TextContent);
            foreach (var title in titles.Where(t => !text.Contains(Words(t), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{DefaultSite.SourceOf(page)}: does not state \"{title}\"");
            }
        }

        Assert.True(pages.Count >= 16, $"only {pages.Count} Dasar hukum pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Links_that_name_an_article_land_on_that_articles_heading()
    {
        var problems = new List<string>();
        var checkedLinks = 0;
        foreach (var page in site.Pages)
        {
            foreach (var link in site.Document(page).QuerySelectorAll("main a[href]"))
            {
                var mentions = ArticleMentions.Find(link.TextContent, 0, new HashSet<string>());
                if (mentions.Count == 0) continue;
                var (path, fragment) = DefaultSite.Resolve(page, link.GetAttribute("href")!);
                var pageRegulations = ArticleMentions.RegulationsOfPage(path);
                if (fragment.Length == 0 || pageRegulations.Count == 0) continue;
                var target = site.Pages.FirstOrDefault(p => p.Url == path);
                var heading = target is null ? null : site.Document(target).GetElementById(fragment);
                if (heading is null || !Regex.IsMatch(heading.LocalName, "^h[2-4]$")) continue;

                checkedLinks++;
                var covered = ArticleMentions.Find(HeadingText(heading), 0, new HashSet<string>()).SelectMany(m => m.Articles)
                    .Concat(AnchorArticles(fragment)).ToHashSet(StringComparer.Ordinal);
                var where = $"{DefaultSite.SourceOf(page)}: link \"{link.TextContent.Trim()}\" → {path}#{fragment}";
                foreach (var mention in mentions)
                {
                    var named = mention.Regulations.Where(r => !pageRegulations.Contains(r)).ToList();
                    if (mention.IsAttributed && mention.Regulations.All(r => !pageRegulations.Contains(r)))
                    {
                        problems.Add($"{where}: names {string.Join(" / ", named)} but links to the page of {string.Join(", ", pageRegulations)}");
                    }

                    // "Pasal 490 dan 494" may link to either article; it must land on one of them.
                    if (!mention.Articles.Any(covered.Contains))
                    {
                        problems.Add($"{where}: heading \"{HeadingText(heading)}\" is not about Pasal {string.Join(", ", mention.Articles)}");
                    }
                }
            }
        }

        Assert.True(checkedLinks >= 100, $"only {checkedLinks} article links checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    private static string HeadingText(IElement heading)
    {
        var copy = (IElement)heading.Clone();
        foreach (var extra in copy.QuerySelectorAll(".heading-anchor, .copy-link").ToList()) extra.Remove();
        return Words(copy.TextContent);
    }

    /// <summary>Articles an anchor id names: "pasal-12-14" → 12, 13, 14; "pasal-5-huruf-n" → 5.</summary>
    private static IEnumerable<string> AnchorArticles(string id)
    {
        var match = AnchorId().Match(id);
        if (!match.Success) yield break;
        var from = int.Parse(match.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
        for (var n = from; n <= to; n++) yield return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:penjelasan-)?pasal-(?<from>\d+)(?:-(?<to>\d+))?(?:-|$)")]
    private static partial Regex AnchorId();
}
