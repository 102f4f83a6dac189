using NeutralitasKb.Build;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Approval;

/// <summary>
/// Snapshots of representative pages of the default site, whole documents, built with a fixed clock (see
/// <see cref="DefaultSite"/>) and prettified one element per line. A change to the theme, the generator's HTML or
/// these pages' content shows up here as a readable diff to review and approve.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class RenderedPageTests(DefaultSite site)
{
    [Fact]
    public void Home_page() => Approvals.VerifyHtml(site.Page("/").Html);

    [Fact]
    public void Section_page_lists_its_children() => Approvals.VerifyHtml(site.Page("/yang-dilarang/").Html);

    [Fact]
    public void Guidance_page_with_callouts_and_a_table() => Approvals.VerifyHtml(site.Page("/media-sosial/").Html);

    [Fact]
    public void Dasar_hukum_page() => Approvals.VerifyHtml(site.Page("/dasar-hukum/pp-94-2021/").Html);

    [Fact]
    public void Not_found_page() => Approvals.VerifyHtml(site.Page("/404.html").Html);

    [Fact]
    public void Links_page_for_circular_letters() => Approvals.VerifyHtml(site.Page("/tautan/").Html);

    /// <summary>The snapshots hold nothing of the build's clock but what <see cref="Approvals.Scrub"/> removes.</summary>
    [Fact]
    public void Snapshots_are_the_same_whatever_the_build_time()
    {
        using var output = new TempDir();
        var folders = site.Folders with { Output = output.Combine("output") };
        var later = SiteBuilder.Build(folders, new BuildOptions { NodePath = "", Now = new DateTimeOffset(2031, 2, 1, 23, 30, 0, TimeSpan.Zero) });
        Assert.True(later.Succeeded, string.Join("\n", later.Diagnostics));
        foreach (var url in Urls)
        {
            var first = Approvals.Prettify(site.Page(url).Html);
            var second = Approvals.Prettify(later.Context.Pages.Single(p => p.Url == url).Html);
            Assert.True(first == second, $"{url} changes with the build time:\n{Approvals.Diff(first, second)}");
        }
    }

    private static readonly string[] Urls = ["/", "/yang-dilarang/", "/media-sosial/", "/dasar-hukum/pp-94-2021/", "/404.html", "/tautan/"];
}
