using System.Diagnostics;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Search;

/// <summary>The indexer stage with a stand-in for Node.js and Pagefind (see <see cref="FakeNode"/>).</summary>
public sealed class IndexSearchTests
{
    [Fact]
    public void Pagefind_runs_over_the_staging_folder_and_its_bundle_is_published_without_the_unused_UIs()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        var node = FakeNode.Install(site, FakeNode.WritesBundle);
        var result = site.Build(new BuildOptions { NodePath = node });

        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.Empty(result.Diagnostics);
        var args = FakeNode.Arguments(site);
        Assert.Equal(Path.Combine(site.Root, "node_modules", "pagefind", "lib", "runner", "bin.cjs"), args[0]);
        Assert.Equal(["--site"], args.Skip(1).Take(1));
        Assert.Contains(".staging-", args[2], StringComparison.Ordinal);
        Assert.Equal(["--output-subdir", "pagefind", "--exclude-selectors", ".heading-anchor, .copy-link", "--quiet"], args.Skip(3));
        Assert.True(site.OutputExists("pagefind/pagefind.js"));
        Assert.True(site.OutputExists("pagefind/pagefind-entry.json"));
        Assert.False(site.OutputExists("pagefind/pagefind-ui.js"));
        Assert.Contains("id=\"q-header\"", site.Output("index.html"), StringComparison.Ordinal);
        Assert.Contains("src=\"../assets/js/search.js\" defer", site.Output("cari/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_indexer_is_a_build_error_that_keeps_the_previous_output()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        Assert.True(site.Build().Succeeded);
        var before = site.Output("index.html");
        var node = FakeNode.Install(site, "echo 'Error: Pagefind could not read the site' >&2\nexit 3");
        var result = site.Build(new BuildOptions { NodePath = node });

        Assert.False(result.Succeeded);
        Assert.Contains(
            "node_modules/pagefind/lib/runner/bin.cjs: error NKB8002: the search indexer (Pagefind) failed with exit code 3: Error: Pagefind could not read the site"
            + " — run 'npm ci' in the project folder to reinstall the pinned Pagefind and build again; to publish without search for now, build with '--no-search'; the previous output is unchanged",
            site.Messages(result));
        Assert.Equal(before, site.Output("index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, "output.staging-*"));
    }

    [Fact]
    public void An_indexer_that_hangs_is_stopped_at_the_time_limit()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        var node = FakeNode.Install(site, "sleep 60");
        var clock = Stopwatch.StartNew();
        var result = site.Build(new BuildOptions { NodePath = node, SearchTimeout = TimeSpan.FromSeconds(1) });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the build waited {clock.Elapsed}");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.SearchIndexFailed, error.Code);
        Assert.Equal("the search indexer (Pagefind) did not finish within 1 seconds and was stopped", error.Message);
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public void An_indexer_that_writes_no_bundle_is_a_build_error()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        var node = FakeNode.Install(site, "echo 'Indexed 0 pages'");
        var result = site.Build(new BuildOptions { NodePath = node });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("the search indexer (Pagefind) ended without writing its bundle to pagefind/: Indexed 0 pages", error.Message);
    }
}
