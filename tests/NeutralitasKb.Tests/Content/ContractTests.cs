using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Content;

/// <summary>The default content keeps the shared contract: the page map's files and slugs, and the anchor registry.</summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class ContractTests(DefaultSite site)
{
    [Fact]
    public void Every_page_of_the_page_map_exists_with_its_slug_and_order()
    {
        var problems = new List<string>();
        foreach (var (file, slug, order) in Contract.TopLevelPages)
        {
            var url = slug.Length == 0 ? "/" : $"/{slug}/";
            var page = site.Pages.FirstOrDefault(p => DefaultSite.SourceOf(p) == $"input/{file}");
            if (page is null)
            {
                problems.Add($"input/{file}: missing (page map: slug '{slug}', order {order})");
                continue;
            }

            if (page.Url != url) problems.Add($"input/{file}: URL is {page.Url}, the page map says {url} (slug '{slug}')");
            if (page.Meta.Order != order) problems.Add($"input/{file}: order is {page.Meta.Order}, the page map says {order}");
            if (!site.OutputExists(page.OutputPath)) problems.Add($"input/{file}: {page.OutputPath} was not written");
        }

        foreach (var slug in Contract.SectionChildren)
        {
            if (site.Pages.All(p => p.Url != $"/{slug}/")) problems.Add($"no page with slug '{slug}' (page map / anchor registry)");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Main_navigation_lists_the_top_level_pages_in_page_map_order()
    {
        var page = site.Page("/sanksi/");
        var listed = site.Document(page).QuerySelectorAll(".site-nav .nav-list > li > a")
            .Select(a => DefaultSite.Resolve(page, a.GetAttribute("href")!).Path)
            .ToList();
        var expected = Contract.TopLevelPages.Where(p => p.Slug.Length > 0).Select(p => $"/{p.Slug}/").ToList();
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Every_anchor_of_the_registry_exists_on_its_page()
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var (url, anchors) in Contract.AnchorRegistry)
        {
            var page = site.Pages.FirstOrDefault(p => p.Url == url);
            if (page is null)
            {
                problems.Add($"{url}: page missing (it should have {anchors})");
                continue;
            }

            foreach (var anchor in anchors.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.TrimStart('#')))
            {
                count++;
                if (!page.Ids.Contains(anchor)) problems.Add($"{DefaultSite.SourceOf(page)}: no element with id '{anchor}' ({url}#{anchor} is in the contract's anchor registry)");
            }
        }

        Assert.True(count > 100, $"only {count} anchors checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
