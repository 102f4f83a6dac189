using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Html;

public sealed class LinkCheckTests
{
    private const string Pages = """
        -- input/index.md --
        ---
        title: Beranda
        description: d
        reviewed: 2026-11-23
        ---
        Lihat [sanksi](/sanksi/#berat).
        -- input/sanksi.md --
        ---
        title: Sanksi
        description: d
        slug: sanksi
        reviewed: 2026-11-23
        ---
        ## Hukuman berat {#berat}
        Teks.
        """;

    [Fact]
    public void Root_links_become_relative_so_the_site_works_under_any_sub_path()
    {
        using var site = new TestSite(Pages);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.Contains("href=\"sanksi/#berat\"", site.Output("index.html"));
        Assert.Contains("href=\"../\"", site.Output("sanksi/index.html"));
        Assert.Contains("href=\"../assets/brand.css\"", site.Output("sanksi/index.html"));
    }

    [Fact]
    public void Broken_link_names_file_line_column_and_suggests_the_closest_page()
    {
        using var site = new TestSite(Pages.Replace("(/sanksi/#berat)", "(/sanski/)", StringComparison.Ordinal));
        var result = site.Build();
        Assert.Contains("input/index.md:6:7: error NKB5001: link target '/sanski/' does not exist — did you mean '/sanksi/'?", site.Messages(result));
    }

    [Fact]
    public void Broken_anchor_names_the_target_page_and_suggests_the_closest_id()
    {
        using var site = new TestSite(Pages.Replace("#berat)", "#brat)", StringComparison.Ordinal));
        var result = site.Build();
        Assert.Contains(site.Messages(result), m => m.StartsWith("input/index.md:6:7: error NKB5002: anchor '#brat' does not exist on /sanksi/", StringComparison.Ordinal)
            && m.EndsWith("did you mean '#berat'? Otherwise add '{#brat}' to the heading it should point to", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_gets_anchor_link_and_copy_button()
    {
        using var site = new TestSite(Pages);
        site.Build();
        Assert.Contains("<h2 id=\"berat\">Hukuman berat <a class=\"heading-anchor\" href=\"#berat\"", site.Output("sanksi/index.html"));
        Assert.Contains("<button class=\"copy-link\" type=\"button\" data-anchor=\"berat\" hidden=\"\">Salin tautan</button>", site.Output("sanksi/index.html"));
    }

    [Fact]
    public void External_links_are_marked()
    {
        using var site = new TestSite(Pages.Replace("Lihat [sanksi](/sanksi/#berat).", "[BKN](https://sbt.bkn.go.id)", StringComparison.Ordinal));
        site.Build();
        Assert.Contains("<a href=\"https://sbt.bkn.go.id\" class=\"external\" rel=\"external noopener\">BKN</a>", site.Output("index.html"));
    }
}
