using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Search;

public sealed class SearchAvailabilityTests
{
    [Fact]
    public void Without_Node_js_the_build_warns_once_succeeds_and_the_pages_say_search_is_unavailable()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        var result = site.Build(new BuildOptions { NodePath = Path.Combine(site.Root, "no-such-node") });

        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SearchSkipped);
        Assert.Single(result.Diagnostics, d => d.Code.StartsWith("NKB8", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("search was skipped: Node.js was not found at", warning.Message, StringComparison.Ordinal);
        Assert.Contains("install Node.js", warning.Fix, StringComparison.Ordinal);
        Assert.Contains("npm ci", warning.Fix, StringComparison.Ordinal);
        Assert.False(result.Context.SearchAvailable);

        var home = site.Output("index.html");
        Assert.Contains("Pencarian tidak tersedia", home, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"q-header\"", home, StringComparison.Ordinal);
        var searchPage = site.Output("cari/index.html");
        Assert.Contains("Pencarian tidak tersedia di situs ini.", searchPage, StringComparison.Ordinal);
        Assert.Contains("npm ci", searchPage, StringComparison.Ordinal);
        Assert.DoesNotContain("search.js", searchPage, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Folders.Output, "pagefind")));
        Assert.False(site.OutputExists("assets/search-synonyms.json"));
    }

    [Fact]
    public void Without_Pagefind_installed_the_warning_says_where_it_looked_and_to_run_npm_ci()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        var node = Path.Combine(site.Root, "node");
        site.Write("node", "#!/bin/sh\n");
        var result = site.Build(new BuildOptions { NodePath = node });

        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SearchSkipped);
        Assert.Contains("Pagefind is not installed", warning.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(site.Root, "node_modules", "pagefind"), warning.Message, StringComparison.Ordinal);
        Assert.Contains("run 'npm ci' in the project folder", warning.Fix, StringComparison.Ordinal);
        Assert.Contains("Pencarian tidak tersedia", site.Output("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Building_without_search_on_purpose_gives_no_warning()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        var result = site.Build(new BuildOptions { NodePath = "" });

        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SearchSkipped);
        Assert.Contains("Pencarian tidak tersedia", site.Output("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_can_turn_search_off_without_a_warning_even_when_node_is_missing()
    {
        using var site = new TestSite(RealThemePages.With("-- input/settings.yml --\n" + TestSite.DefaultSettings + "\nsearch:\n  enabled: false\n"), realTheme: true);
        var result = site.Build(new BuildOptions { NodePath = Path.Combine(site.Root, "no-such-node") });

        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SearchSkipped);
        Assert.False(result.Context.SearchAvailable);
    }

    [Fact]
    public void Check_renders_the_search_interface_without_looking_for_node()
    {
        using var site = new TestSite(RealThemePages.Spec, realTheme: true);
        var result = site.Build(new BuildOptions { CheckOnly = true, NodePath = Path.Combine(site.Root, "no-such-node") });

        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SearchSkipped);
        Assert.True(result.Context.SearchAvailable);
        Assert.Contains(result.Context.Pages, p => p.Url == "/cari/" && p.Html.Contains("search.js", StringComparison.Ordinal));
    }
}
