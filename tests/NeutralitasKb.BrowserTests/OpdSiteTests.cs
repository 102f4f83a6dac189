using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NeutralitasKb.BrowserTests.Support;

namespace NeutralitasKb.BrowserTests;

/// <summary>An OPD's rebranded site with a local page, served under /pemkab/netralitas/, used as readers and the secretariat would.</summary>
[Collection("opd")]
public sealed class OpdSiteTests(OpdSiteFixture site)
{
    [Fact]
    public async Task Every_link_and_asset_of_every_page_resolves_under_the_sub_path()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var parser = new HtmlParser();
        var pages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var queue = new Queue<string>(site.PageUrls().Select(site.Url).Append(site.Url(OpdSiteFixture.OldAddress)));
        var checkedFiles = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<(string From, string Url, string Id)>();
        var broken = new List<string>();
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (pages.ContainsKey(url)) continue;
            using var response = await http.GetAsync(url);
            if ((int)response.StatusCode != 200)
            {
                broken.Add($"{url} answered {(int)response.StatusCode}");
                pages[url] = [];
                continue;
            }

            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            pages[url] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            var targets = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
                .Concat(document.QuerySelectorAll("meta[http-equiv=refresh]").Select(e => Regex.Match(e.GetAttribute("content")!, "url=(.*)$").Groups[1].Value))
                .Concat(document.QuerySelectorAll("meta[property='og:image'], meta[property='og:url'], link[rel=canonical]")
                    .Select(e => e.GetAttribute("content") ?? e.GetAttribute("href")!));
            foreach (var target in targets)
            {
                var resolved = new Uri(new Uri(url), target).ToString();
                var absolute = Local(resolved);
                if (absolute is null)
                {
                    if (resolved.StartsWith(new Uri(site.Server.BaseUrl).GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
                    {
                        broken.Add($"{target} (from {url}) leaves the site's sub-path: {resolved}");
                    }

                    continue;
                }

                var hash = absolute.IndexOf('#');
                var file = hash >= 0 ? absolute[..hash] : absolute;
                if (hash >= 0 && hash < absolute.Length - 1) anchors.Add((url, file, Uri.UnescapeDataString(absolute[(hash + 1)..])));
                if (file.EndsWith('/')) queue.Enqueue(file);
                else if (!checkedFiles.ContainsKey(file))
                {
                    using var asset = await http.GetAsync(file);
                    checkedFiles[file] = (int)asset.StatusCode;
                    if (asset.StatusCode != System.Net.HttpStatusCode.OK) broken.Add($"{file} (from {url}) answered {(int)asset.StatusCode}");
                }
            }
        }

        foreach (var (from, url, id) in anchors)
        {
            if (pages.TryGetValue(url, out var ids) && ids.Count > 0 && !ids.Contains(id) && !IsRedirect(url)) broken.Add($"{url}#{id} (from {from}) has no such anchor");
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct()));
        Assert.True(pages.Count >= site.PageUrls().Count, $"crawled {pages.Count} pages");
        Assert.Contains(checkedFiles.Keys, f => f.EndsWith("/assets/img/share.png", StringComparison.Ordinal));
        Assert.Contains(checkedFiles.Keys, f => f.EndsWith("/assets/img/logo-sukamaju.svg", StringComparison.Ordinal));
        Assert.Contains(checkedFiles.Keys, f => f.EndsWith("/qr/lokal-tempat-kampanye.svg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_load_in_the_browser_without_a_failed_request()
    {
        var page = await site.NewPageAsync(1280, 900);
        var failures = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) failures.Add($"{response.Url} answered {response.Status} on {page.Url}");
        };
        page.RequestFailed += (_, request) => failures.Add($"{request.Url} failed ({request.Failure}) on {page.Url}");
        foreach (var url in site.PageUrls())
        {
            await page.GotoAsync(site.Url(url), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Old_address_of_a_moved_page_redirects_to_its_new_address_keeping_the_anchor()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(OpdSiteFixture.OldAddress) + "#daftar");
        await page.WaitForURLAsync(site.Url(OpdSiteFixture.LocalPage) + "#daftar");
        Assert.Equal("Tempat yang tidak boleh dipakai untuk kampanye", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Old_address_redirects_without_javascript_too()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url(OpdSiteFixture.OldAddress));
        await page.WaitForURLAsync(site.Url(OpdSiteFixture.LocalPage));
        Assert.Equal("Tempat yang tidak boleh dipakai untuk kampanye", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_qr_code_on_the_links_page_decodes_to_the_pages_published_address()
    {
        using var http = new HttpClient();
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.Url("/tautan/"));
        var items = await page.Locator(".link-item").AllAsync();
        Assert.Equal(site.PageUrls().Count, items.Count);

        var decoder = await QrDecoderAsync();
        var expected = site.PageUrls().Select(OpdSiteFixture.Published).ToHashSet(StringComparer.Ordinal);
        var decoded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var shown = (await item.Locator(".link-url code").InnerTextAsync()).Trim();
            var qr = await item.Locator("img.link-qr").EvaluateAsync<string>("img => img.src");
            var svg = await http.GetStringAsync(qr);
            var text = await decoder.EvaluateAsync<string?>(DecodeScript, svg);
            Assert.True(text == shown, $"the QR code {qr} reads '{text}', the links page shows '{shown}'");
            decoded.Add(text!);
        }

        Assert.Equal(expected, decoded);
        Assert.Contains(OpdSiteFixture.Published("/kuis/"), decoded);
        Assert.Contains(OpdSiteFixture.Published(OpdSiteFixture.LocalPage), decoded);
        await decoder.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Qr_code_printed_on_a_page_decodes_to_that_pages_address()
    {
        using var http = new HttpClient();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/sanksi/"));
        var qr = await page.Locator("img.print-qr").EvaluateAsync<string>("img => img.src");
        var decoder = await QrDecoderAsync();
        Assert.Equal(OpdSiteFixture.Published("/sanksi/"), await decoder.EvaluateAsync<string?>(DecodeScript, await http.GetStringAsync(qr)));
        await decoder.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Brand_shows_in_header_footer_and_home_page()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        Assert.Contains($"{OpdSiteFixture.OpdName} · {OpdSiteFixture.Region}", await page.Locator(".site-header .brand").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(OpdSiteFixture.OpdName, await page.Locator(".hero").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(OpdSiteFixture.OpdName, await page.Locator(".site-footer").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("rgb(122, 31, 43)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.True(await page.Locator(".brand-logo").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0 && img.src.endsWith('logo-sukamaju.svg')"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bagikan_opens_the_phones_share_sheet_with_the_published_address()
    {
        var page = await site.NewPageAsync();
        await page.AddInitScriptAsync("navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };");
        await page.GotoAsync(site.Url("/sanksi/"));
        await page.Locator(".share-btn").ClickAsync();
        var url = await page.EvaluateAsync<string>("window.__shared && window.__shared.url");
        Assert.Equal(OpdSiteFixture.Published("/sanksi/"), url);
        Assert.Equal("Sanksi pelanggaran netralitas", await page.EvaluateAsync<string>("window.__shared.title"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bagikan_copies_the_published_address_where_there_is_no_share_sheet()
    {
        var page = await site.NewPageAsync(1280, 900, permissions: ["clipboard-read", "clipboard-write"]);
        await page.AddInitScriptAsync("delete Navigator.prototype.share; delete navigator.share;");
        await page.GotoAsync(site.Url("/sanksi/"));
        Assert.False(await page.EvaluateAsync<bool>("'share' in navigator"));
        await page.Locator(".share-btn").ClickAsync();
        await page.Locator("#sr-status").Filter(new LocatorFilterOptions { HasText = "disalin" }).WaitForAsync();
        Assert.Equal(OpdSiteFixture.Published("/sanksi/"), await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Links_page_prints_on_a4_without_anything_cut_off()
    {
        // A4 less the print margins (210 mm − 2 × 16 mm) at 96 dpi.
        var page = await site.NewPageAsync(673, 1000);
        await page.GotoAsync(site.Url("/tautan/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var overflow = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.link-item, .link-item *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .map(e => e.className + ': ' + e.textContent.trim().slice(0, 60))
            """);
        Assert.True(overflow.Length == 0, "wider than A4: " + string.Join("\n", overflow));
        Assert.True(await page.Locator(".site-nav").IsHiddenAsync());

        // Printing loads the lazy QR images; each prints at 24 mm (about 90 px), big enough to scan.
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        Assert.True(pdf.Length > 10_000);
        var small = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('img.link-qr')].filter(i => !(i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 80)).map(i => i.src)");
        Assert.True(small.Length == 0, "QR codes not printed at a scannable size: " + string.Join(", ", small));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tautan/")]
    [InlineData("/sanksi/")]
    [InlineData("/lokal/")]
    [InlineData(OpdSiteFixture.LocalPage)]
    public async Task Branded_pages_with_qr_codes_and_share_controls_have_zero_axe_violations(string url)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(url));
        var results = await page.RunAxe();
        var problems = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}");
        Assert.True(results.Violations.Length == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    /// <summary>A blank page (no CSP) with jsQR from node_modules, the pinned npm package (run 'npm ci').</summary>
    private async Task<IPage> QrDecoderAsync()
    {
        var script = Repo.Path("node_modules", "jsqr", "dist", "jsQR.js");
        Assert.True(File.Exists(script), $"{script} is missing: run 'npm ci' in the repository (tests/run.sh does)");
        var page = await site.NewPageAsync(800, 800);
        await page.SetContentAsync("<!doctype html><html><body></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = script });
        return page;
    }

    /// <summary>Draws the SVG on a canvas at 8 px per module and decodes it with jsQR.</summary>
    private const string DecodeScript = """
        async (svg) => {
          const img = new Image();
          img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
          await img.decode();
          const size = Math.max(img.naturalWidth, 400);
          const canvas = document.createElement('canvas');
          canvas.width = size; canvas.height = size;
          const ctx = canvas.getContext('2d');
          ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, size, size);
          ctx.drawImage(img, 0, 0, size, size);
          const code = jsQR(ctx.getImageData(0, 0, size, size).data, size, size);
          return code ? code.data : null;
        }
        """;

    /// <summary>The served URL of a local address (the site's own or its published twin), or null for other sites.</summary>
    private string? Local(string absolute)
    {
        if (absolute.StartsWith(OpdSiteFixture.BaseUrl, StringComparison.Ordinal))
        {
            absolute = site.Server.BaseUrl + absolute[OpdSiteFixture.BaseUrl.Length..];
        }

        return absolute.StartsWith(site.Server.BaseUrl, StringComparison.Ordinal) ? absolute.Split('?')[0] : null;
    }

    private bool IsRedirect(string url) => url == site.Url(OpdSiteFixture.OldAddress);
}
