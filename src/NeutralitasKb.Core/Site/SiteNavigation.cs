namespace NeutralitasKb.Site;

/// <summary>The site's structure from URLs and front matter: sections, breadcrumbs, and the reading order for previous/next.</summary>
public sealed class SiteNavigation
{
    private readonly Dictionary<string, Page> _byUrl;
    private readonly Dictionary<string, int> _position;

    public SiteNavigation(IEnumerable<Page> pages)
    {
        // Two pages with one URL are reported by CheckUrls; the navigation keeps the first so the build can go on and report more.
        var listed = pages.Where(p => !p.Failed).DistinctBy(p => p.Url).ToList();
        _byUrl = listed.ToDictionary(p => p.Url, StringComparer.Ordinal);
        var inNav = listed.Where(p => p.Meta.Nav && !p.IsHome && p.Url.EndsWith('/')).ToList();
        Children = inNav
            .GroupBy(p => ParentUrl(p.Url))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Page>)g.OrderBy(p => p.Meta.Order).ThenBy(p => p.Meta.Title, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        Top = ChildrenOf("/");
        ReadingOrder = Flatten(Top).ToList();
        _position = ReadingOrder.Select((p, i) => (p.Url, i)).ToDictionary(x => x.Url, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Top-level pages and sections in navigation order.</summary>
    public IReadOnlyList<Page> Top { get; }

    /// <summary>Every page in navigation, depth first: a section, then its children.</summary>
    public IReadOnlyList<Page> ReadingOrder { get; }

    private IReadOnlyDictionary<string, IReadOnlyList<Page>> Children { get; }

    public IReadOnlyList<Page> ChildrenOf(string url) => Children.TryGetValue(url, out var list) ? list : [];

    public Page? Previous(Page page) =>
        _position.TryGetValue(page.Url, out var i) && i > 0 ? ReadingOrder[i - 1] : null;

    public Page? Next(Page page) =>
        _position.TryGetValue(page.Url, out var i) && i < ReadingOrder.Count - 1 ? ReadingOrder[i + 1] : null;

    /// <summary>The pages above this one, home first, not including the page itself.</summary>
    public IReadOnlyList<Page> Ancestors(Page page)
    {
        var chain = new List<Page>();
        var url = page.Url;
        while (url != "/")
        {
            url = ParentUrl(url);
            if (_byUrl.TryGetValue(url, out var parent)) chain.Insert(0, parent);
        }

        return chain;
    }

    /// <summary>The top-level section a page belongs to ("/yang-dilarang/" for "/yang-dilarang/kampanye/").</summary>
    public Page? SectionOf(Page page)
    {
        if (page.IsHome) return null;
        var first = page.Url.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        return _byUrl.GetValueOrDefault("/" + first + "/");
    }

    public static string ParentUrl(string url)
    {
        var trimmed = url.TrimEnd('/');
        var cut = trimmed.LastIndexOf('/');
        return cut <= 0 ? "/" : trimmed[..(cut + 1)];
    }

    private IEnumerable<Page> Flatten(IEnumerable<Page> pages)
    {
        foreach (var page in pages)
        {
            yield return page;
            foreach (var child in Flatten(ChildrenOf(page.Url)))
            {
                yield return child;
            }
        }
    }
}
