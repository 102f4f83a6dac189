using System.Text.Json;
using Microsoft.Playwright;
using NeutralitasKb.BrowserTests.Support;

namespace NeutralitasKb.BrowserTests;

/// <summary>
/// Reading the default site the way its readers do: on a 360×780 phone, by keyboard, printed, without JavaScript,
/// and within a size budget for slow mobile data.
/// </summary>
[Collection("site")]
public sealed class ReadingTests(SiteFixture site)
{
    private const string GuidancePage = "/yang-dilarang/kampanye/";

    /// <summary>Tool pages (home, quiz, search, A–Z index, links list); every other page is guidance or legal reference.</summary>
    private static readonly string[] ToolPages = ["/", "/kuis/", "/cari/", "/indeks/", "/tautan/"];

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_phone()
    {
        await OnPhone(async page =>
        {
            var problems = new List<string>();
            foreach (var url in site.PageUrls())
            {
                await page.GotoAsync(site.Url(url));
                await PageProbes.CheckNoSidewaysScroll(page, url, problems);
            }

            await page.GotoAsync(site.Url("/sanksi/"));
            await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
            await PageProbes.CheckNoSidewaysScroll(page, "/sanksi/ with the menu and the table of contents open", problems);

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        });
    }

    [Fact]
    public async Task Main_menu_can_be_opened_and_followed_with_the_keyboard_alone()
    {
        await OnPhone(async page =>
        {
            await page.GotoAsync(site.Url(GuidancePage));
            Assert.True(await PageProbes.TabTo(page, "e => e.matches('.nav-menu > summary')"), "Tab never reaches the Menu button");
            await page.Keyboard.PressAsync("Enter");
            Assert.True(await page.EvaluateAsync<bool>("document.querySelector('.nav-menu').open"), "Enter on Menu does not open it");
            Assert.True(await page.Locator(".nav-list").IsVisibleAsync(), "the menu's list is not visible once open");

            Assert.True(await PageProbes.TabTo(page, "e => e.closest('.nav-list') && e.textContent.trim() === 'Cara melapor'"), "Tab never reaches 'Cara melapor' in the open menu");
            await page.Keyboard.PressAsync("Enter");

            // Polls the address (WaitForURL can miss a navigation that a key press already started).
            await Assertions.Expect(page).ToHaveURLAsync(site.Url("/cara-melapor/"));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cara melapor");

            await page.GotoAsync(site.Url(GuidancePage));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id || location.hash.slice(1)"));
        });
    }

    [Fact]
    public async Task Every_element_reached_by_tab_shows_a_visible_focus_indicator()
    {
        await OnPhone(async page =>
        {
            var problems = new List<string>();
            foreach (var url in new[] { "/", GuidancePage, "/tautan/" })
            {
                await page.GotoAsync(site.Url(url));
                await page.EvaluateAsync("document.querySelector('.nav-menu').open = true"); // its links are tab stops too
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < 200; i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                    var focus = await page.EvaluateAsync<JsonElement>(PageProbes.FocusStyle);
                    var key = focus.GetProperty("key").GetString()!;
                    if (key == "BODY" || !seen.Add(key)) break;
                    if (!focus.GetProperty("visible").GetBoolean())
                    {
                        problems.Add($"{url}: focus on {key} shows no outline or box-shadow ({focus.GetProperty("outline").GetString()}; {focus.GetProperty("shadow").GetString()})");
                    }
                }

                Assert.True(seen.Count > 10, $"{url}: only {seen.Count} tab stops");
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        });
    }

    [Fact]
    public async Task Heading_copy_button_copies_the_link_to_that_heading()
    {
        await OnPhone(async page =>
        {
            await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = Origin() });
            await page.GotoAsync(site.Url(GuidancePage));
            var button = page.Locator("h2#atribut button.copy-link");
            await page.Locator("h2#atribut").HoverAsync();
            await button.ClickAsync();

            var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
            Assert.Equal(site.Url(GuidancePage) + "#atribut", copied);
            await Assertions.Expect(page.Locator("#sr-status")).ToHaveTextAsync("Tautan disalin");
        });
    }

    [Fact]
    public async Task Print_view_shows_the_content_without_navigation_search_or_share()
    {
        await OnPhone(async page =>
        {
            await page.GotoAsync(site.Url(GuidancePage));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            foreach (var hidden in new[] { ".site-nav", ".search-form", ".search-off", ".share-btn", ".qr-link", ".breadcrumbs", ".toc", ".pager", ".copy-link", ".heading-anchor", ".skip-link", ".footer-links" })
            {
                var count = await page.Locator(hidden).CountAsync();
                for (var i = 0; i < count; i++)
                {
                    Assert.False(await page.Locator(hidden).Nth(i).IsVisibleAsync(), $"{hidden} is visible in print");
                }
            }

            foreach (var shown in new[] { "main h1", "main .lead", "main .content", ".callout-dilarang >> nth=0", ".page-dates", ".legal-note" })
            {
                Assert.True(await page.Locator(shown).IsVisibleAsync(), $"{shown} is not visible in print");
            }

            // The page's QR code exists only when settings.yml has a baseUrl; where it exists, print shows it.
            if (await page.Locator(".print-qr").CountAsync() > 0) Assert.True(await page.Locator(".print-qr").IsVisibleAsync(), ".print-qr is not visible in print");

            var text = await page.Locator("main .content").InnerTextAsync();
            Assert.Contains("PP 94/2021 Pasal 5 huruf n angka 2", text, StringComparison.Ordinal);
            var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('a.external'), '::after').content");
            Assert.Contains("https://", after, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Pages_are_readable_and_navigable_without_javascript()
    {
        await OnPhone(async page =>
        {
            await page.GotoAsync(site.Url(GuidancePage));
            Assert.True(await page.Locator("main h1").IsVisibleAsync());
            Assert.True((await page.Locator("main .content").InnerTextAsync()).Length > 1000, "the content is not there without JavaScript");
            Assert.True(await page.Locator(".callout-dilarang").First.IsVisibleAsync());

            // Buttons that need JavaScript stay out of the way.
            foreach (var scripted in new[] { ".share-btn", ".copy-link" })
            {
                Assert.False(await page.Locator(scripted).First.IsVisibleAsync(), $"{scripted} is shown although it cannot work without JavaScript");
            }

            await page.Locator(".toc summary").ClickAsync();
            await page.Locator(".toc a[href='#tim-kampanye']").ClickAsync();
            Assert.EndsWith("#tim-kampanye", page.Url, StringComparison.Ordinal);

            await page.Locator(".nav-menu > summary").ClickAsync();
            await page.Locator(".nav-list a", new PageLocatorOptions { HasText = "Sanksi pelanggaran netralitas" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(site.Url("/sanksi/"));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sanksi pelanggaran netralitas");
        }, javaScript: false);
    }

    [Fact]
    public async Task External_links_are_marked_on_every_page()
    {
        await OnPhone(async page =>
        {
            var problems = new List<string>();
            var external = 0;
            foreach (var url in site.PageUrls())
            {
                await page.GotoAsync(site.Url(url));
                var links = await page.EvaluateAsync<JsonElement>("""
                    () => [...document.querySelectorAll('a[href]')]
                      .filter(a => /^https?:$/.test(a.protocol) && a.origin !== location.origin)
                      .map(a => ({ href: a.href, cls: a.className, rel: a.rel, after: getComputedStyle(a, '::after').content }))
                    """);
                foreach (var link in links.EnumerateArray())
                {
                    external++;
                    var href = link.GetProperty("href").GetString();
                    var rel = link.GetProperty("rel").GetString() ?? "";
                    var after = link.GetProperty("after").GetString() ?? "";
                    if (!link.GetProperty("cls").GetString()!.Split(' ').Contains("external") || !rel.Contains("external", StringComparison.Ordinal) || !rel.Contains("noopener", StringComparison.Ordinal))
                    {
                        problems.Add($"{url}: {href} lacks class=\"external\" or rel=\"external noopener\"");
                    }
                    else if (after is "none" or "normal" or "")
                    {
                        problems.Add($"{url}: {href} has no visible external-link marker");
                    }
                }
            }

            Assert.True(external > 0, "no external links found at all");
            Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        });
    }

    [Fact]
    public async Task Breadcrumbs_and_previous_next_links_are_where_expected()
    {
        await OnPhone(async page =>
        {
            var problems = new List<string>();
            var pager = new Dictionary<string, (string? Prev, string? Next)>(StringComparer.Ordinal);
            var urls = site.PageUrls();
            foreach (var url in urls)
            {
                await page.GotoAsync(site.Url(url));
                var crumbs = await page.EvalOnSelectorAllAsync<string[]>(".breadcrumbs a", "els => els.map(a => a.href)");
                var current = await page.Locator(".breadcrumbs [aria-current='page']").AllTextContentsAsync();
                var title = (await page.Locator("h1").First.TextContentAsync())?.Trim();
                if (url == "/")
                {
                    if (await page.Locator(".breadcrumbs").CountAsync() > 0) problems.Add("/: the home page has breadcrumbs");
                }
                else
                {
                    var expected = PageProbes.Ancestors(url).Where(urls.Contains).Select(site.Url).ToArray();
                    if (!crumbs.SequenceEqual(expected)) problems.Add($"{url}: breadcrumbs [{string.Join(", ", crumbs)}], expected [{string.Join(", ", expected)}]");
                    if (current.Count != 1 || current[0].Trim() != title) problems.Add($"{url}: the last breadcrumb is not the page's title \"{title}\"");
                }

                var prev = await Href(page, ".pager a[rel='prev']");
                var next = await Href(page, ".pager a[rel='next']");
                if (prev is not null || next is not null) pager[url] = (prev, next);
                else if (!ToolPages.Contains(url)) problems.Add($"{url}: no previous/next links");
            }

            // Tool pages may have no pager; between two pages that have one, the links must agree.

            foreach (var (url, (prev, next)) in pager)
            {
                if (next is not null && pager.TryGetValue(next, out var after) && after.Prev != url) problems.Add($"{url} → next {next}, but its previous is {after.Prev}");
                if (prev is not null && pager.TryGetValue(prev, out var before) && before.Next != url) problems.Add($"{url} → previous {prev}, but its next is {before.Next}");
            }

            Assert.Equal("/yang-dilarang/kampanye/", pager["/yang-dilarang/"].Next);
            Assert.Equal("/yang-dilarang/", pager["/yang-dilarang/kampanye/"].Prev);
            Assert.Null(pager["/apa-itu-netralitas/"].Prev);
            Assert.True(pager.Count >= 30, $"only {pager.Count} pages with previous/next links");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        });
    }

    [Fact]
    public async Task A_guidance_page_with_its_css_and_js_stays_under_20_kb_gzipped()
    {
        const int Budget = 20 * 1024;
        await OnPhone(async page =>
        {
            var problems = new List<string>();
            var measured = new List<string>();
            foreach (var url in site.PageUrls().Where(u => !ToolPages.Contains(u)))
            {
                await page.GotoAsync(site.Url(url));
                var resources = await page.EvaluateAsync<string[]>("""
                    () => [location.href,
                           ...[...document.querySelectorAll('link[rel~="stylesheet"]')].map(l => l.href),
                           ...[...document.querySelectorAll('script[src]')].map(s => s.src)]
                    """);
                var total = 0;
                var parts = new List<string>();
                foreach (var resource in resources)
                {
                    var response = await page.Context.APIRequest.GetAsync(resource);
                    Assert.True(response.Ok, $"{url}: {resource} answered {response.Status}");
                    var size = PageProbes.Gzipped(await response.BodyAsync());
                    total += size;
                    parts.Add($"{resource[site.Server.BaseUrl.Length..]} {size} B");
                }

                Assert.True(resources.Length >= 3, $"{url}: no stylesheet or script found ({string.Join(", ", resources)})");
                measured.Add($"{url}: {total} B");
                if (total > Budget) problems.Add($"{url}: {total} B gzipped > {Budget} B ({string.Join(", ", parts)})");
            }

            Assert.True(measured.Count >= 30, $"only {measured.Count} pages measured");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        });
    }

    /// <summary>Runs a test in a fresh 360×780 browser context and closes it afterwards.</summary>
    private async Task OnPhone(Func<IPage, Task> test, bool javaScript = true)
    {
        var page = await site.NewPageAsync(360, 780, javaScript);
        try
        {
            await test(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<string?> Href(IPage page, string selector)
    {
        var link = page.Locator(selector);
        if (await link.CountAsync() == 0) return null;
        var href = await link.EvaluateAsync<string>("a => a.href");
        return href.StartsWith(site.Server.BaseUrl, StringComparison.Ordinal) ? "/" + href[site.Server.BaseUrl.Length..] : href;
    }

    private string Origin() => new Uri(site.Server.BaseUrl).GetLeftPart(UriPartial.Authority);
}
