using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Checks;

public sealed class BrokenLinkReportTests
{
    private static string Site(string layoutLink) =>
        SiteSpec.Home("Teks.")
        + SiteSpec.Page("sanksi.md", "sanksi", "sanksi", "Teks.")
        + SiteSpec.Page("a.md", "a", "a", "Lihat [x](/sanski/).")
        + SiteSpec.Page("b.md", "b", "b", "Lihat [y](/sanski/).") + $"""
        -- theme/layouts/page.hbs --
        <!doctype html><html lang="id"><head><meta charset="utf-8"><title>{"{{page.title}}"}</title></head>
        <body><a href="{layoutLink}">Menu</a><main id="main">{"{{{page.content}}}"}</main></body></html>
        -- theme/layouts/home.hbs --
        <!doctype html><html lang="id"><head><meta charset="utf-8"><title>Beranda</title></head><body><main>{"{{{page.content}}}"}</main></body></html>
        """;

    [Fact]
    public void Broken_layout_link_is_reported_once_for_all_pages_with_a_suggestion()
    {
        using var site = new TestSite(Site("/sankssi/"));
        var result = site.Build();
        var layoutErrors = site.Messages(result).Where(m => m.Contains("'/sankssi/'", StringComparison.Ordinal)).ToList();
        Assert.Single(layoutErrors);
        Assert.StartsWith("layouts/page.hbs (in input/", layoutErrors[0], StringComparison.Ordinal);
        Assert.EndsWith("error NKB5001: link target '/sankssi/' does not exist — did you mean '/sanksi/'?", layoutErrors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_that_links_to_the_same_missing_page_gets_its_own_error_and_the_same_suggestion()
    {
        using var site = new TestSite(Site("/sanksi/"));
        var result = site.Build();
        var messages = site.Messages(result);
        Assert.Contains("input/a.md:7:7: error NKB5001: link target '/sanski/' does not exist — did you mean '/sanksi/'?", messages);
        Assert.Contains("input/b.md:7:7: error NKB5001: link target '/sanski/' does not exist — did you mean '/sanksi/'?", messages);
        Assert.Equal(2, result.Errors);
    }
}
