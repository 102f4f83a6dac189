using NeutralitasKb.Layout;
using NeutralitasKb.Site;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Layout;

public sealed class NavMenuTests
{
    private static readonly IReadOnlyList<Page> Site =
    [
        Pages.Make("/", "Beranda"),
        Pages.Make("/yang-dilarang/", "Yang dilarang", order: 10),
        Pages.Make("/yang-dilarang/kampanye/", "Kampanye", order: 1),
        Pages.Make("/yang-dilarang/media-sosial/", "Media sosial", order: 2),
        Pages.Make("/yang-dilarang/media-sosial/like/", "Tanda suka"),
        Pages.Make("/sanksi/", "Sanksi", order: 20),
        Pages.Make("/dasar-hukum/", "Dasar hukum", order: 30),
        Pages.Make("/dasar-hukum/pp-94-2021/", "PP 94/2021"),
        Pages.Make("/tersembunyi/", "Tersembunyi", nav: false),
        Pages.Make("/404.html", "Tidak ditemukan", nav: false),
    ];

    [Fact]
    public void Menu_marks_the_page_and_its_section_current_and_nothing_else()
    {
        var navigation = new SiteNavigation(Site);
        var menu = new NavMenu(navigation);
        var page = Site.Single(p => p.Url == "/yang-dilarang/kampanye/");

        var items = menu.For(page, navigation.SectionOf(page));

        Assert.Equal(["/yang-dilarang/", "/sanksi/", "/dasar-hukum/"], items.Select(i => (string)i["url"]!));
        Assert.Equal([true, false, false], items.Select(i => (bool)i["current"]!));
        var children = (List<Dictionary<string, object?>>)items[0]["children"]!;
        Assert.Equal([true, false], children.Select(c => (bool)c["current"]!));
    }

    [Fact]
    public void Menu_for_one_page_does_not_change_the_menu_of_another()
    {
        var navigation = new SiteNavigation(Site);
        var menu = new NavMenu(navigation);
        var kampanye = Site.Single(p => p.Url == "/yang-dilarang/kampanye/");
        var pp = Site.Single(p => p.Url == "/dasar-hukum/pp-94-2021/");

        var first = menu.For(kampanye, navigation.SectionOf(kampanye));
        var second = menu.For(pp, navigation.SectionOf(pp));

        Assert.Equal([true, false, false], first.Select(i => (bool)i["current"]!));
        Assert.Equal([false, false, true], second.Select(i => (bool)i["current"]!));
        Assert.True((bool)((List<Dictionary<string, object?>>)first[0]["children"]!)[0]["current"]!);
        Assert.False((bool)((List<Dictionary<string, object?>>)second[0]["children"]!)[0]["current"]!);
        Assert.True((bool)((List<Dictionary<string, object?>>)second[2]["children"]!)[0]["current"]!);
    }

    [Fact]
    public void Menu_equals_the_menu_built_from_scratch_for_every_page()
    {
        var navigation = new SiteNavigation(Site);
        var menu = new NavMenu(navigation);
        foreach (var page in Site)
        {
            var section = navigation.SectionOf(page);
            Assert.Equal(Flatten(FromScratch(navigation, page, section)), Flatten(menu.For(page, section)));
        }
    }

    /// <summary>The menu as LayoutModel built it for every page before the menu was shared.</summary>
    private static List<Dictionary<string, object?>> FromScratch(SiteNavigation navigation, Page page, Page? section) =>
        navigation.Top.Select(top => new Dictionary<string, object?>
        {
            ["title"] = top.Meta.Title,
            ["url"] = top.Url,
            ["current"] = top.Url == page.Url || (section is not null && section.Url == top.Url),
            ["children"] = navigation.ChildrenOf(top.Url).Select(c => new Dictionary<string, object?>
            {
                ["title"] = c.Meta.Title, ["url"] = c.Url, ["current"] = c.Url == page.Url,
            }).ToList(),
        }).ToList();

    private static string Flatten(List<Dictionary<string, object?>> items) =>
        string.Join("\n", items.Select(i => $"{i["url"]} {i["title"]} {i["current"]}: " + string.Join(", ",
            ((List<Dictionary<string, object?>>)i["children"]!).Select(c => $"{c["url"]} {c["title"]} {c["current"]}"))));
}
