using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Html;

public sealed class AnchorTargetTests
{
    private static readonly string Site = """
        -- input/settings.yml --
        title: Situs Uji
        baseUrl: https://contoh.test/netralitas/
        opd:
          name: Dinas Uji
          region: Kabupaten Uji
        html:
          allowRawHtml: true

        """
        + SiteSpec.Home("Lihat [lama](/sanksi/#pasal-lama), [isi](/sanksi/#main) dan [berat](/sanksi/#berat).")
        + SiteSpec.Page("sanksi.md", "sanksi", "Sanksi", "<a name=\"pasal-lama\"></a>\n\n## Hukuman berat {#berat}\nTeks.");

    [Fact]
    public void Named_anchors_layout_ids_and_heading_ids_are_link_targets()
    {
        using var site = new TestSite(Site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var sanksi = result.Context.FindPage("/sanksi/")!;
        Assert.Contains("pasal-lama", sanksi.Ids);
        Assert.Contains("main", sanksi.Ids);
        Assert.Contains("berat", sanksi.Ids);
    }

    [Fact]
    public void A_missing_anchor_is_still_reported_next_to_named_anchors()
    {
        using var site = new TestSite(Site.Replace("#pasal-lama)", "#pasal-baru)", StringComparison.Ordinal));
        var result = site.Build();
        Assert.Contains(site.Messages(result), m => m.StartsWith("input/index.md:6:7: error NKB5002: anchor '#pasal-baru' does not exist on /sanksi/", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_lines_are_collected_and_then_removed_from_the_html()
    {
        using var site = new TestSite(Site);
        var result = site.Build();
        var home = result.Context.FindPage("/")!;
        Assert.Contains(home.Links, l => l.Href == "/sanksi/#berat" && l.File.EndsWith("input/index.md", StringComparison.Ordinal) && l.Line == 6 && l.Column > 7);
        Assert.Contains(home.Links, l => l.Href == "/assets/brand.css" && l.Line == 0);
        Assert.DoesNotContain("data-nkb-line", site.Output("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-nkb-line", home.Html, StringComparison.Ordinal);
    }
}
