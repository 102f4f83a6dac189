using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Site;

public sealed class AliasTests
{
    private const string Spec = """
        -- input/index.md --
        ---
        title: Beranda
        description: d
        reviewed: 2026-11-23
        ---
        [Sanksi](/sanksi/)
        -- input/sanksi.md --
        ---
        title: Sanksi
        description: d
        slug: sanksi
        reviewed: 2026-11-23
        aliases: [hukuman, /lama/sanksi-asn/]
        ---
        Teks.
        """;

    [Fact]
    public void Each_alias_becomes_a_redirect_page_with_relative_refresh_and_absolute_canonical()
    {
        using var site = new TestSite(Spec);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var nested = site.Output("lama/sanksi-asn/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../../sanksi/\">", nested);
        Assert.Contains("<link rel=\"canonical\" href=\"https://contoh.test/netralitas/sanksi/\">", nested);
        Assert.Contains("url=../sanksi/", site.Output("hukuman/index.html"));
    }

    [Fact]
    public void Alias_pages_stay_out_of_navigation_and_sitemap()
    {
        using var site = new TestSite(Spec);
        site.Build();
        Assert.DoesNotContain("hukuman", site.Output("sitemap.xml"));
        Assert.DoesNotContain("hukuman", site.Output("index.html"));
    }

    [Fact]
    public void Alias_that_claims_a_page_url_fails_the_build_naming_both_files()
    {
        using var site = new TestSite(Spec.Replace("aliases: [hukuman, /lama/sanksi-asn/]", "aliases: [/tentang/]", StringComparison.Ordinal) + "\n" + """
            -- input/tentang.md --
            ---
            title: Tentang
            description: d
            slug: tentang
            reviewed: 2026-11-23
            ---
            Teks.
            """);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(site.Messages(result), m => m.Contains("NKB7002", StringComparison.Ordinal) && m.Contains("input/sanksi.md (alias); input/tentang.md (slug)", StringComparison.Ordinal));
    }

    [Fact]
    public void Alias_becomes_a_redirect_page_to_the_new_address()
    {
        using var site = new TestSite("""
            -- input/index.md --
            ---
            title: Beranda
            description: d
            reviewed: 2026-11-23
            ---
            Lihat [sanksi](sanksi.md).
            -- input/sanksi.md --
            ---
            title: Sanksi
            description: d
            slug: sanksi
            reviewed: 2026-11-23
            aliases: [/hukuman-lama/]
            ---
            Teks.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.Contains("url=../sanksi/", site.Output("hukuman-lama/index.html"));
        Assert.Contains("href=\"sanksi/\"", site.Output("index.html"));
    }
}
