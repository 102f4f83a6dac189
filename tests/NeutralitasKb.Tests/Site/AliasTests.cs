using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Site;

public sealed class AliasTests
{
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
