using NeutralitasKb.Tests.Support;
using Xunit.Abstractions;

namespace NeutralitasKb.Tests.Theme;

/// <summary>
/// Every built page carries a strict Content-Security-Policy and nothing that would need it relaxed. The site
/// checked is the repository's default site (input/ and theme/) when the checkout has both; until then a test
/// site on the minimal theme, which follows the same contract (a CSP meta tag in every layout).
/// </summary>
public sealed class ContentSecurityPolicyTests(ITestOutputHelper output)
{
    private const string Content = """
        -- input/index.md --
        ---
        title: Beranda
        description: Panduan netralitas ASN.
        reviewed: 2026-11-23
        ---
        Lihat [yang dilarang](/yang-dilarang/) dan [sanksi](/yang-dilarang/kampanye/#sanksi).
        -- input/yang-dilarang/index.md --
        ---
        title: Yang dilarang
        description: Daftar larangan.
        slug: yang-dilarang
        layout: section
        reviewed: 2026-11-23
        ---
        Pilih topik.
        -- input/yang-dilarang/kampanye.md --
        ---
        title: Kampanye
        description: Larangan saat kampanye.
        slug: yang-dilarang/kampanye
        reviewed: 2026-11-23
        aliases: [/kampanye-lama/]
        ---
        ## Larangan {#larangan}

        ::: dilarang Seragam dinas
        Jangan memakai seragam dinas ke kampanye. <script>alert(1)</script>
        :::

        | Pelanggaran | Sanksi | Dasar |
        |:---|:---:|---:|
        | Ikut kampanye | Sedang | PP 94/2021 |

        ## Sanksi {#sanksi}
        Teks [luar](https://www.bkn.go.id/).
        """;

    [Fact]
    public void Every_page_carries_a_strict_content_security_policy_and_no_inline_script_or_style()
    {
        var realSite = Directory.Exists(Repo.Path("theme", "layouts")) && File.Exists(Repo.Path("input", "settings.yml"));
        if (!realSite)
        {
            output.WriteLine("theme/ or input/ is not in this checkout: checking the minimal theme's contract. Re-run once the real theme is merged.");
        }

        using var site = realSite ? RealSite() : new TestSite(Content);
        var folders = site.Folders;
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var pages = Directory.EnumerateFiles(folders.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 4, "expected home, section, page and alias pages");
        var problems = pages
            .SelectMany(page => PageSecurityAudit.Problems(File.ReadAllText(page)).Select(p => $"{Path.GetRelativePath(folders.Output, page)}: {p}"))
            .ToList();
        Assert.True(problems.Count == 0, "pages that break the Content-Security-Policy contract:\n" + string.Join("\n", problems));
    }

    /// <summary>The repository's default site plus one page with an alias and an aligned table (the default content may have neither).</summary>
    private static TestSite RealSite()
    {
        var site = new TestSite("""
            -- input/uji-csp.md --
            ---
            title: Uji kebijakan
            description: Halaman uji.
            slug: uji-csp
            reviewed: 2026-11-23
            aliases: [/uji-csp-lama/]
            ---
            | Pelanggaran | Sanksi |
            |:---|---:|
            | Ikut kampanye | Sedang |
            """, realTheme: true, withSettings: false);
        var source = Repo.Path("input");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = site.FullPath("input/" + Path.GetRelativePath(source, file).Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return site;
    }

    [Fact]
    public void Audit_finds_each_way_a_page_can_break_the_policy()
    {
        var problems = PageSecurityAudit.Problems("""
            <html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com">
            <style>p{}</style></head>
            <body><script>track()</script><script src="/assets/js/share.js"></script><p style="color:red" onclick="x()">p</p></body></html>
            """);
        Assert.Equal(
        [
            "CSP script-src allows 'unsafe-inline'",
            "CSP script-src allows a source outside the site: https://cdn.example.com",
            "inline <script> with content: track()",
            "style attribute on <p>: color:red",
            "inline <style>: p{}",
            "inline event handler onclick on <p>",
        ], problems);
        Assert.Equal(["no <meta http-equiv=\"Content-Security-Policy\">"], PageSecurityAudit.Problems("<p>tanpa kebijakan</p>"));
    }
}
