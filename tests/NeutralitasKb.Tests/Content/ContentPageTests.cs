using AngleSharp.Dom;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Content;

/// <summary>Rules every page of the default site keeps, checked on the built HTML.</summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class ContentPageTests(DefaultSite site)
{
    /// <summary>Layouts of reading pages (guidance and legal reference); home, search, A–Z, links and 404 are tools.</summary>
    private static readonly string[] ReadingLayouts = ["page", "section"];

    private static readonly string[] RuleCallouts = ["boleh", "dilarang", "sanksi"];

    [Fact]
    public void Every_page_has_a_one_line_description_in_its_meta_tags()
    {
        var problems = new List<string>();
        foreach (var page in site.Pages)
        {
            var description = page.Meta.Description.Trim();
            var meta = site.Document(page).QuerySelector("meta[name='description']")?.GetAttribute("content")?.Trim();
            if (description.Length == 0) problems.Add($"{DefaultSite.SourceOf(page)}: no description in the front matter");
            else if (description.Length > 160) problems.Add($"{DefaultSite.SourceOf(page)}: description is {description.Length} characters (at most 160)");
            else if (description.Contains('\n', StringComparison.Ordinal)) problems.Add($"{DefaultSite.SourceOf(page)}: description is more than one line");
            if (string.IsNullOrEmpty(meta)) problems.Add($"{page.Url}: no <meta name=\"description\"> content");
            else if (meta != description) problems.Add($"{page.Url}: meta description '{meta}' is not the front matter's '{description}'");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_reading_page_shows_its_last_reviewed_date()
    {
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var page in site.Pages)
        {
            if (page.Meta.Reviewed is not { } reviewed)
            {
                problems.Add($"{DefaultSite.SourceOf(page)}: no 'reviewed' date in the front matter");
                continue;
            }

            if (!ReadingLayouts.Contains(page.Meta.Layout)) continue;
            checkedPages++;
            var iso = reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var shown = site.Document(page).QuerySelector("main .page-dates");
            var time = shown?.QuerySelector($"time[datetime='{iso}']");
            if (shown is null || !shown.TextContent.Contains("ditinjau", StringComparison.OrdinalIgnoreCase) || time is null || time.TextContent.Trim().Length == 0)
            {
                problems.Add($"{page.Url}: does not show \"Terakhir ditinjau <time datetime=\"{iso}\">…\" in main");
            }
        }

        Assert.True(checkedPages >= 30, $"only {checkedPages} reading pages found: is the layout name check wrong?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_boleh_dilarang_and_sanksi_callout_links_to_a_legal_basis_anchor()
    {
        var problems = new List<string>();
        var callouts = 0;
        foreach (var page in site.Pages)
        {
            foreach (var callout in site.Document(page).QuerySelectorAll(string.Join(", ", RuleCallouts.Select(t => $"aside.callout-{t}"))))
            {
                callouts++;
                var bases = DefaultSite.InternalLinks(page, callout)
                    .Where(l => l.Path.StartsWith("/dasar-hukum/", StringComparison.Ordinal) && l.Path != "/dasar-hukum/" && l.Fragment.Length > 0)
                    .ToList();
                var missing = bases.Where(l => !HasAnchor(l.Path, l.Fragment)).ToList();
                if (bases.Count == 0)
                {
                    problems.Add($"{DefaultSite.SourceOf(page)} ({page.Url}): {callout.ClassName} without a link to a /dasar-hukum/…#anchor: \"{Excerpt(callout)}\"");
                }
                else if (missing.Count > 0)
                {
                    problems.Add($"{DefaultSite.SourceOf(page)} ({page.Url}): {callout.ClassName} links to missing anchors {string.Join(", ", missing.Select(l => l.Path + "#" + l.Fragment))}");
                }
            }
        }

        Assert.True(callouts >= 50, $"only {callouts} rule callouts found: did the callout markup change?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_page_says_it_is_guidance_not_a_legal_opinion_or_links_to_tentang()
    {
        var problems = new List<string>();
        foreach (var page in site.Pages)
        {
            // The menu lists /tentang/ on every page; that is navigation, not a notice, so header and nav do not count.
            var body = (IElement)site.Document(page).Body!.Clone();
            foreach (var navigation in body.QuerySelectorAll("header, nav").ToList()) navigation.Remove();
            var notice = body.TextContent.Contains("bukan pendapat hukum", StringComparison.OrdinalIgnoreCase);
            var about = DefaultSite.InternalLinks(page, body).Any(l => l.Path == "/tentang/");
            if (!notice && !about) problems.Add($"{page.Url}: neither the \"bukan pendapat hukum\" notice nor a link to /tentang/ outside the menu");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Phone_links_dial_the_number_on_every_page()
    {
        var problems = new List<string>();
        var phones = 0;
        foreach (var page in site.Pages)
        {
            foreach (var link in site.Document(page).QuerySelectorAll("a[href^='tel:']"))
            {
                phones++;
                var href = link.GetAttribute("href")!;
                if (!System.Text.RegularExpressions.Regex.IsMatch(href, @"^tel:\+?[0-9]+$"))
                {
                    problems.Add($"{page.Url}: <a href=\"{href}\"> ({link.TextContent.Trim()}): a tel: link holds only digits and an optional leading +");
                }
            }
        }

        Assert.True(phones > 0, "no phone links found: settings.yml has a Satgas phone number");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(10)));
    }

    private bool HasAnchor(string path, string fragment) =>
        site.Pages.FirstOrDefault(p => p.Url == path) is { } target && target.Ids.Contains(fragment);

    private static string Excerpt(IElement element)
    {
        var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 90 ? text : text[..90] + "…";
    }
}
