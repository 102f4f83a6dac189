using NeutralitasKb.Build;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Site;

/// <summary>
/// Every alias in front matter becomes a small page at the old URL that redirects (meta refresh + canonical link)
/// to the page's URL: old links in printed circulars keep working without server rules.
/// </summary>
public sealed class AddRedirectPages : IBuildStage
{
    public const string Layout = "redirect";

    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var taken = context.Pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var redirects = new List<Page>();
        foreach (var page in context.Pages.Where(p => !p.Failed))
        {
            foreach (var alias in page.Meta.Aliases)
            {
                var url = CheckUrls.NormalizeAlias(alias);
                if (url is null || !taken.Add(url)) continue;
                redirects.Add(new Page
                {
                    Source = page.Source,
                    Meta = new FrontMatter
                    {
                        Title = page.Meta.Title,
                        Description = page.Meta.Description,
                        Layout = Layout,
                        Nav = false,
                        Search = false,
                        Toc = false,
                        KeyLines = page.Meta.KeyLines,
                    },
                    Url = url,
                    RedirectTo = page.Url,
                });
            }
        }

        context.Pages = context.Pages.Concat(redirects).ToList();
    }
}
