using NeutralitasKb.Site;

namespace NeutralitasKb.Layout;

/// <summary>
/// The layouts' <c>nav</c>: top-level pages and their children, built once per build. Only the entries on the
/// path to the current page differ between pages (<c>current</c> is true), so a page gets fresh dictionaries for
/// those and shares every other entry. Shared entries are never changed after construction.
/// </summary>
public sealed class NavMenu
{
    private readonly IReadOnlyList<TopEntry> _top;

    public NavMenu(SiteNavigation navigation)
    {
        _top = navigation.Top.Select(top =>
        {
            var children = navigation.ChildrenOf(top.Url);
            var shared = children.Select(c => Child(c, current: false)).ToList();
            return new TopEntry(top, children, shared, Top(top, current: false, shared));
        }).ToList();
    }

    /// <summary>The menu as <paramref name="page"/> shows it: its section (or itself, if top-level) and itself marked current.</summary>
    public List<Dictionary<string, object?>> For(Page page, Page? section)
    {
        var menu = new List<Dictionary<string, object?>>(_top.Count);
        foreach (var entry in _top)
        {
            var current = entry.Page.Url == page.Url || (section is not null && section.Url == entry.Page.Url);
            menu.Add(current ? Top(entry.Page, current: true, Marked(entry, page.Url)) : entry.Shared);
        }

        return menu;
    }

    private static List<Dictionary<string, object?>> Marked(TopEntry entry, string currentUrl)
    {
        var children = new List<Dictionary<string, object?>>(entry.Children.Count);
        for (var i = 0; i < entry.Children.Count; i++)
        {
            children.Add(entry.Children[i].Url == currentUrl ? Child(entry.Children[i], current: true) : entry.SharedChildren[i]);
        }

        return children;
    }

    private static Dictionary<string, object?> Top(Page top, bool current, List<Dictionary<string, object?>> children) => new()
    {
        ["title"] = top.Meta.Title,
        ["url"] = top.Url,
        ["current"] = current,
        ["children"] = children,
    };

    private static Dictionary<string, object?> Child(Page child, bool current) => new()
    {
        ["title"] = child.Meta.Title, ["url"] = child.Url, ["current"] = current,
    };

    private sealed record TopEntry(
        Page Page, IReadOnlyList<Page> Children, List<Dictionary<string, object?>> SharedChildren, Dictionary<string, object?> Shared);
}
