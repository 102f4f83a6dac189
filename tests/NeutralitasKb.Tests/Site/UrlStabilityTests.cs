using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Site;

/// <summary>Published URLs never change by accident: slugs, not file names, make them; aliases redirect; clashes fail.</summary>
public sealed class UrlStabilityTests
{
    private const string Home = """
        -- input/index.md --
        ---
        title: Beranda
        description: d
        reviewed: 2026-11-23
        ---
        Lihat [sanksi](/sanksi/).
        """;

    private const string Sanksi = """
        -- input/sanksi.md --
        ---
        title: Sanksi
        description: Sanksi netralitas.
        slug: sanksi
        reviewed: 2026-11-23
        aliases: [/sanksi-lama/, hukuman]
        ---
        ## Hukuman berat {#berat}
        Teks.
        """;

    [Fact]
    public void Alias_becomes_a_redirect_page_with_meta_refresh_and_canonical_link()
    {
        using var site = new TestSite(Home + "\n" + Sanksi);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var redirect = site.Output("sanksi-lama/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../sanksi/\">", redirect);
        Assert.Contains("<link rel=\"canonical\" href=\"https://contoh.test/netralitas/sanksi/\">", redirect);
        Assert.Contains("url=../sanksi/", site.Output("hukuman/index.html"));
    }

    [Fact]
    public void Renaming_the_file_keeps_the_published_url()
    {
        using var site = new TestSite(Home + "\n" + Sanksi.Replace("-- input/sanksi.md --", "-- input/bab-4/hukuman-disiplin.md --", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.True(site.OutputExists("sanksi/index.html"));
        Assert.False(site.OutputExists("bab-4/hukuman-disiplin/index.html"));
    }

    [Fact]
    public void Two_pages_with_the_same_slug_fail_the_build_and_both_are_named()
    {
        var copy = Sanksi.Replace("-- input/sanksi.md --", "-- input/sanksi-baru.md --", StringComparison.Ordinal)
            .Replace("aliases: [/sanksi-lama/, hukuman]", "aliases: []", StringComparison.Ordinal);
        using var site = new TestSite(Home + "\n" + Sanksi + "\n" + copy);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var messages = site.Messages(result);
        Assert.Contains(messages, m => m.StartsWith("input/sanksi.md:4:1: error NKB7001: URL '/sanksi/' is claimed by 2 sources: ", StringComparison.Ordinal)
            && m.Contains("input/sanksi-baru.md (slug)", StringComparison.Ordinal) && m.Contains("input/sanksi.md (slug)", StringComparison.Ordinal)
            && m.EndsWith("— give each page its own 'slug'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("input/sanksi-baru.md:4:1: error NKB7001: URL '/sanksi/'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Folders.Output), "a failed build must write nothing");
    }

    [Fact]
    public void Alias_that_claims_another_pages_url_fails_the_build()
    {
        var other = """
            -- input/kanal.md --
            ---
            title: Kanal
            description: d
            slug: hukuman
            reviewed: 2026-11-23
            ---
            Teks.
            """;
        using var site = new TestSite(Home + "\n" + Sanksi + "\n" + other);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(site.Messages(result), m => m.StartsWith("input/sanksi.md:6:1: error NKB7002: URL '/hukuman/' is claimed by 2 sources", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_whose_qr_code_files_would_clash_fail_the_build()
    {
        var nested = """
            -- input/sanksi/berat.md --
            ---
            title: Berat
            description: d
            slug: sanksi/berat
            reviewed: 2026-11-23
            ---
            Teks.
            -- input/sanksi-berat.md --
            ---
            title: Berat juga
            description: d
            slug: sanksi-berat
            reviewed: 2026-11-23
            ---
            Teks.
            """;
        using var site = new TestSite(Home + "\n" + Sanksi + "\n" + nested);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(site.Messages(result), m => m.StartsWith("input/sanksi-berat.md:4:1: error NKB7001: the QR code file '/qr/sanksi-berat.svg' would be shared by", StringComparison.Ordinal));
    }
}
