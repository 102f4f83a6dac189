using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Sources;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Build;

public sealed class BuildContextTests
{
    private static BuildContext NewContext() => new(new SiteFolders("/in", "/theme", "/out"), new BuildOptions(), new DiagnosticBag());

    [Fact]
    public void FindPage_finds_pages_by_url_and_the_first_of_duplicates()
    {
        var context = NewContext();
        var first = Pages.Make("/sanksi/", "Sanksi");
        context.Pages = [Pages.Make("/", "Beranda"), first, Pages.Make("/sanksi/", "Duplikat")];
        Assert.Same(first, context.FindPage("/sanksi/"));
        Assert.Null(context.FindPage("/sanski/"));
    }

    [Fact]
    public void FindPage_sees_the_pages_a_later_stage_set()
    {
        var context = NewContext();
        context.Pages = [Pages.Make("/sanksi/", "Sanksi")];
        Assert.Equal("Sanksi", context.FindPage("/sanksi/")!.Meta.Title);
        var rendered = context.Pages[0] with { ContentHtml = "<p>x</p>" };
        context.Pages = [rendered, Pages.Make("/baru/", "Baru")];
        Assert.Same(rendered, context.FindPage("/sanksi/"));
        Assert.NotNull(context.FindPage("/baru/"));
    }
}
