using AngleSharp.Html.Parser;
using NeutralitasKb.Build;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Search;

/// <summary>What the real theme gives Pagefind: only the content of content pages, with a section label.</summary>
public sealed class SearchMarkupTests
{
    private const string Guide = """
        -- input/media-sosial.md --
        ---
        title: Media sosial
        description: Panduan media sosial.
        slug: media-sosial
        reviewed: 2026-11-23
        keywords: [medsos, like postingan]
        aliases: [/medsos/]
        ---
        ## Like dan share {#like}
        Dilarang.

        ## Foto dan pose jari {#pose}
        Dilarang.
        -- input/yang-dilarang/index.md --
        ---
        title: Yang dilarang
        description: Larangan.
        slug: yang-dilarang
        layout: section
        reviewed: 2026-11-23
        ---
        Daftar larangan.
        -- input/yang-dilarang/kampanye.md --
        ---
        title: Kampanye
        description: Kampanye dan acara calon.
        slug: yang-dilarang/kampanye
        reviewed: 2026-11-23
        ---
        Teks.
        """;

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Content_pages_mark_their_article_for_the_index_with_a_section_and_leave_page_tools_out()
    {
        using var site = Build();
        var page = Parser.ParseDocument(site.Output("media-sosial/index.html"));
        var body = Assert.Single(page.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Equal("article", body.LocalName);
        Assert.Equal("section[data-section]", body.GetAttribute("data-pagefind-meta"));
        Assert.Equal("Panduan", body.GetAttribute("data-section"));
        Assert.NotNull(page.QuerySelector("nav.toc[data-pagefind-ignore]"));
        Assert.NotNull(page.QuerySelector(".page-meta[data-pagefind-ignore]"));
        Assert.Null(page.QuerySelector("header.site-header [data-pagefind-body], footer [data-pagefind-body]"));
        var keywords = page.QuerySelector("article .search-keywords")!;
        Assert.True(keywords.HasAttribute("hidden"));
        Assert.Equal("Kata kunci: medsos, like postingan.", keywords.TextContent.Trim());

        var child = Parser.ParseDocument(site.Output("yang-dilarang/kampanye/index.html"));
        Assert.Equal("Yang dilarang", child.QuerySelector("[data-pagefind-body]")!.GetAttribute("data-section"));
        var section = Parser.ParseDocument(site.Output("yang-dilarang/index.html"));
        Assert.NotNull(section.QuerySelector("section.children[data-pagefind-ignore]"));
    }

    [Theory]
    [InlineData("404.html")]
    [InlineData("cari/index.html")]
    [InlineData("tautan/index.html")]
    [InlineData("indeks/index.html")]
    [InlineData("medsos/index.html")]
    public void Pages_that_are_not_answers_stay_out_of_the_index(string file)
    {
        using var site = Build();
        Assert.DoesNotContain("data-pagefind-body", site.Output(file), StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_page_indexes_its_text_but_not_its_navigation_cards()
    {
        using var site = Build();
        var home = Parser.ParseDocument(site.Output("index.html"));
        Assert.Equal("main", home.QuerySelector("[data-pagefind-body]")!.LocalName);
        Assert.NotNull(home.QuerySelector(".home-sections[data-pagefind-ignore]"));
        Assert.NotNull(home.QuerySelector(".quiz-card[data-pagefind-ignore]"));
    }

    private static TestSite Build()
    {
        var site = new TestSite(RealThemePages.With(Guide), realTheme: true);
        var node = FakeNode.Install(site, FakeNode.WritesBundle);
        var result = site.Build(new BuildOptions { NodePath = node });
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        return site;
    }
}
