using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NeutralitasKb.Build;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Site;

/// <summary>The default content rebranded from settings.yml alone, built once with the real theme.</summary>
public sealed class RebrandedSite : IDisposable
{
    public RebrandedSite()
    {
        Site = new OpdSite();
        Result = Site.Build();
    }

    public OpdSite Site { get; }

    public BuildResult Result { get; }

    /// <summary>Every HTML file of the output, by root URL ("/", "/sanksi/", "/404.html").</summary>
    public IReadOnlyDictionary<string, IDocument> Documents => _documents ??= Load();

    private Dictionary<string, IDocument>? _documents;

    private Dictionary<string, IDocument> Load()
    {
        var parser = new HtmlParser();
        return Directory.EnumerateFiles(Site.Folders.Output, "*.html", SearchOption.AllDirectories).ToDictionary(
            f => "/" + Path.GetRelativePath(Site.Folders.Output, f).Replace('\\', '/').Replace("index.html", "", StringComparison.Ordinal),
            f => (IDocument)parser.ParseDocument(File.ReadAllText(f)));
    }

    public void Dispose() => Site.Dispose();
}

public sealed class BrandingTests(RebrandedSite site) : IClassFixture<RebrandedSite>
{
    private IEnumerable<KeyValuePair<string, IDocument>> Pages =>
        site.Documents.Where(d => d.Key.EndsWith('/') && d.Value.QuerySelector("meta[http-equiv=refresh]") is null);

    [Fact]
    public void Rebranded_site_builds_without_warnings()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Fact]
    public void Header_of_every_page_shows_the_office_region_and_logo()
    {
        foreach (var (url, doc) in Pages)
        {
            var brand = doc.QuerySelector(".site-header .brand");
            Assert.True(brand is not null, url);
            Assert.Contains($"{OpdSite.OpdName} · {OpdSite.Region}", brand!.TextContent, StringComparison.Ordinal);
            Assert.EndsWith("assets/img/logo-sukamaju.svg", brand.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(site.Site.Folders.Output, "assets", "img", "logo-sukamaju.svg")));
    }

    [Fact]
    public void Footer_shows_the_office_and_the_satgas_contacts()
    {
        foreach (var (url, doc) in Pages)
        {
            var footer = doc.QuerySelector(".site-footer")?.TextContent ?? "";
            Assert.True(footer.Contains(OpdSite.OpdName, StringComparison.Ordinal), url);
            Assert.True(footer.Contains(OpdSite.SatgasPhone, StringComparison.Ordinal), url);
        }
    }

    [Fact]
    public void Home_page_shows_the_office_and_the_pilkada_date()
    {
        var hero = site.Documents["/"].QuerySelector(".hero")!.TextContent;
        Assert.Contains(OpdSite.OpdName, hero, StringComparison.Ordinal);
        Assert.Contains("28 November 2029", hero, StringComparison.Ordinal);
    }

    [Fact]
    public void Brand_css_carries_the_primary_colour()
    {
        Assert.Contains($"--color-primary:{OpdSite.Color};", site.Site.Output("assets/brand.css"), StringComparison.Ordinal);
        Assert.Equal(OpdSite.Color, site.Documents["/"].QuerySelector("meta[name=theme-color]")!.GetAttribute("content"));
    }

    [Fact]
    public void Every_page_has_correct_opengraph_and_twitter_tags()
    {
        var pages = site.Result.Context.Pages.Where(p => !p.Failed && p.RedirectTo is null && p.Url.EndsWith('/')).ToList();
        Assert.True(pages.Count > 30, "the default site should have more than 30 pages");
        foreach (var page in pages)
        {
            var doc = site.Documents[page.Url];
            string? Meta(string selector) => doc.QuerySelector(selector)?.GetAttribute("content");
            var absolute = OpdSite.BaseUrl + page.Url.TrimStart('/');
            Assert.Equal(page.Meta.Title, Meta("meta[property='og:title']"));
            Assert.Equal(page.Meta.Description, Meta("meta[property='og:description']"));
            Assert.Equal(page.Meta.Description, Meta("meta[name=description]"));
            Assert.Equal(absolute, Meta("meta[property='og:url']"));
            Assert.Equal(absolute, doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(page.IsHome ? "website" : "article", Meta("meta[property='og:type']"));
            Assert.Equal("Netralitas ASN", Meta("meta[property='og:site_name']"));
            Assert.Equal("id_ID", Meta("meta[property='og:locale']"));
            Assert.Equal(OpdSite.BaseUrl + "assets/img/share.png", Meta("meta[property='og:image']"));
            Assert.Equal("1200", Meta("meta[property='og:image:width']"));
            Assert.Equal("630", Meta("meta[property='og:image:height']"));
            Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
            Assert.Equal(page.Meta.Title, Meta("meta[name='twitter:title']"));
            Assert.Equal(page.Meta.Description, Meta("meta[name='twitter:description']"));
            Assert.Equal(OpdSite.BaseUrl + "assets/img/share.png", Meta("meta[name='twitter:image']"));
        }
    }

    [Fact]
    public void Share_image_is_a_small_1200_by_630_png()
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.Site.Folders.Output, "assets", "img", "share.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        var height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        Assert.Equal((1200, 630), (width, height));
        Assert.True(bytes.Length < 80 * 1024, $"share.png is {bytes.Length} bytes; keep it under 80 KB for slow mobile data");
    }

    [Fact]
    public void Sitemap_lists_every_page_with_its_absolute_url_and_robots_points_to_it()
    {
        var sitemap = site.Site.Output("sitemap.xml");
        foreach (var page in site.Result.Context.Pages.Where(p => !p.Failed && p.RedirectTo is null && p.Url.EndsWith('/') && p.Meta.Search))
        {
            Assert.Contains($"<loc>{OpdSite.BaseUrl}{page.Url.TrimStart('/')}</loc>", sitemap, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {OpdSite.BaseUrl}sitemap.xml", site.Site.Output("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_a_qr_code_and_the_links_page_lists_each_with_its_full_address()
    {
        var links = site.Documents["/tautan/"];
        var items = links.QuerySelectorAll(".link-item");
        var pages = site.Result.Context.Pages.Where(p => !p.Failed && p.RedirectTo is null && p.Url.EndsWith('/')).ToList();
        Assert.Equal(pages.Count, items.Length);
        foreach (var page in pages)
        {
            var qr = NeutralitasKb.Layout.LayoutModel.QrPath(page.Url);
            Assert.True(File.Exists(Path.Combine(site.Site.Folders.Output, qr.TrimStart('/'))), qr);
            Assert.Contains(items, i => i.QuerySelector(".link-url code")?.TextContent == OpdSite.BaseUrl + page.Url.TrimStart('/')
                && i.QuerySelector("img.link-qr")?.GetAttribute("src")?.EndsWith(qr.TrimStart('/'), StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Every_page_shows_its_review_date()
    {
        // The search page is a tool, not guidance: it has nothing to review.
        foreach (var (url, doc) in Pages.Where(p => p.Key != "/cari/"))
        {
            Assert.True(doc.QuerySelector(".page-dates time[datetime]") is not null, $"{url} shows no 'Terakhir ditinjau' date");
        }
    }
}
