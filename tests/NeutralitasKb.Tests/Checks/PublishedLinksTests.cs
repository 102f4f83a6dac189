using NeutralitasKb.Cli.Commands;
using NeutralitasKb.Site;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Checks;

/// <summary>A link printed in a circular is a promise: the build fails when a published address or anchor disappears.</summary>
public sealed class PublishedLinksTests
{
    private const string Pages = """
        -- input/index.md --
        ---
        title: Beranda
        description: d
        reviewed: 2026-11-23
        ---
        Lihat [sanksi](/sanksi/).
        -- input/sanksi.md --
        ---
        title: Sanksi
        description: d
        slug: sanksi
        reviewed: 2026-11-23
        ---
        ## Hukuman berat {#berat}
        Teks.

        ## Hukuman ringan
        Teks.
        """;

    private const string Manifest = """
        -- input/published-links.yml --
        # comment
        /:
        /sanksi/:
          - berat
          - hukuman-ringan
        """;

    [Fact]
    public void Site_that_keeps_every_published_link_builds()
    {
        using var site = new TestSite(Pages + "\n" + Manifest);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
    }

    [Fact]
    public void Changed_slug_without_alias_fails_at_the_manifest_line()
    {
        using var site = new TestSite(Pages.Replace("slug: sanksi", "slug: hukuman", StringComparison.Ordinal)
            .Replace("(/sanksi/)", "(/hukuman/)", StringComparison.Ordinal) + "\n" + Manifest);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains("input/published-links.yml:3:1: error NKB7003: published address '/sanksi/' no longer exists, so links to it "
            + "(in circulars, QR codes, shared messages) would break — add '/sanksi/' to the 'aliases' of the page that replaces it; "
            + "if it was never published, remove it from published-links.yml (or run 'nkb links update --prune')", site.Messages(result));
    }

    [Fact]
    public void Alias_keeps_a_moved_page_and_its_anchors_published()
    {
        using var site = new TestSite(Pages.Replace("slug: sanksi", "slug: hukuman\naliases: [/sanksi/]", StringComparison.Ordinal)
            .Replace("(/sanksi/)", "(/hukuman/)", StringComparison.Ordinal) + "\n" + Manifest);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
    }

    [Fact]
    public void Reworded_heading_with_a_generated_id_fails_at_the_anchor_line()
    {
        using var site = new TestSite(Pages.Replace("## Hukuman ringan", "## Hukuman disiplin ringan", StringComparison.Ordinal) + "\n" + Manifest);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(site.Messages(result), m => m.StartsWith(
            "input/published-links.yml:5:1: error NKB7003: published anchor '/sanksi/#hukuman-ringan' no longer exists on /sanksi/ (input/sanksi.md)"
            + " — keep the old id on the heading that replaced it: '## New wording {#hukuman-ringan}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Reworded_heading_that_keeps_its_id_builds()
    {
        using var site = new TestSite(Pages.Replace("## Hukuman ringan", "## Hukuman disiplin tingkat ringan {#hukuman-ringan}", StringComparison.Ordinal)
            .Replace("## Hukuman berat {#berat}", "## Hukuman disiplin berat {#berat}", StringComparison.Ordinal) + "\n" + Manifest);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
    }

    [Fact]
    public void Anchor_of_a_moved_page_is_checked_on_the_page_it_redirects_to()
    {
        using var site = new TestSite(Pages.Replace("slug: sanksi", "slug: hukuman\naliases: [/sanksi/]", StringComparison.Ordinal)
            .Replace("(/sanksi/)", "(/hukuman/)", StringComparison.Ordinal).Replace("{#berat}", "{#berat-sekali}", StringComparison.Ordinal) + "\n" + Manifest);
        var result = site.Build();
        Assert.Contains(site.Messages(result), m => m.StartsWith(
            "input/published-links.yml:4:1: error NKB7003: published anchor '/sanksi/#berat' no longer exists on /hukuman/ (where /sanksi/ redirects)", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_manifest_is_an_error_with_its_line()
    {
        using var site = new TestSite(Pages + "\n" + """
            -- input/published-links.yml --
            /sanksi/:
              berat: yes
            """);
        var result = site.Build();
        Assert.Contains(site.Messages(result), m => m.StartsWith("input/published-links.yml:2:3: error NKB7005: the anchors of /sanksi/ must be a list", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_is_not_published_with_the_site()
    {
        using var site = new TestSite(Pages + "\n" + Manifest);
        site.Build();
        Assert.True(site.OutputExists("sanksi/index.html"));
        Assert.False(site.OutputExists("published-links.yml"));
    }

    [Fact]
    public void Update_records_pages_aliases_and_h2_h3_anchors()
    {
        using var site = new TestSite(Pages.Replace("slug: sanksi", "slug: sanksi\naliases: [/sanksi-lama/]", StringComparison.Ordinal)
            + "\n\n### Catatan {#catatan}\n\n#### Rinci {#rinci}\n");
        var (code, _, _) = Update(site, prune: false);
        Assert.Equal(0, code);
        var text = File.ReadAllText(Path.Combine(site.Folders.Input, "published-links.yml"));
        const string Expected = "/: []\n/sanksi-lama/: []  # redirects to /sanksi/\n/sanksi/:\n  - berat\n  - hukuman-ringan\n  - catatan\n";
        Assert.True(text.Contains(Expected, StringComparison.Ordinal), text);
        Assert.DoesNotContain("rinci", text);
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void Update_keeps_gone_links_listed_unless_pruned()
    {
        using var site = new TestSite(Pages + "\n" + """
            -- input/published-links.yml --
            /:
            /sanksi/:
              - berat
            /dulu/:
              - lama
            """);
        var (code, _, error) = Update(site, prune: false);
        Assert.Equal(1, code);
        Assert.Contains("published address '/dulu/' no longer exists", error);
        var kept = PublishedLinks.Read(File.ReadAllText(Path.Combine(site.Folders.Input, "published-links.yml")), "m", new NeutralitasKb.Diagnostics.DiagnosticBag())!;
        Assert.Contains(kept, l => l.Url == "/dulu/" && l.Anchors.Single().Id == "lama");
        Assert.Contains(kept, l => l.Url == "/sanksi/" && l.Anchors.Select(a => a.Id).SequenceEqual(["berat", "hukuman-ringan"]));

        (code, _, _) = Update(site, prune: true);
        Assert.Equal(0, code);
        var pruned = File.ReadAllText(Path.Combine(site.Folders.Input, "published-links.yml"));
        Assert.DoesNotContain("/dulu/", pruned);
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void Update_refuses_a_site_with_other_errors_and_leaves_the_manifest_alone()
    {
        using var site = new TestSite(Pages.Replace("(/sanksi/)", "(/sanski/)", StringComparison.Ordinal) + "\n" + Manifest);
        var before = File.ReadAllText(Path.Combine(site.Folders.Input, "published-links.yml"));
        var (code, _, error) = Update(site, prune: false);
        Assert.Equal(1, code);
        Assert.Contains("NKB5001", error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Folders.Input, "published-links.yml")));
    }

    [Fact]
    public void Default_site_commits_its_published_links_manifest()
    {
        var manifest = Repo.Path("input", "published-links.yml");
        Assert.True(File.Exists(manifest), "input/published-links.yml must be committed (nkb links update)");
        var links = PublishedLinks.Read(File.ReadAllText(manifest), "input/published-links.yml", new NeutralitasKb.Diagnostics.DiagnosticBag());
        Assert.NotNull(links);
        Assert.Contains(links, l => l.Url == "/sanksi/" && l.Anchors.Any(a => a.Id == "berat"));
    }

    private static (int Code, string Output, string Error) Update(TestSite site, bool prune)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = LinksCommand.Update(site.Folders, prune, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
