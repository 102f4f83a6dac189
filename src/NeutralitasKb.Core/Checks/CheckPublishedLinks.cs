using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Checks;

/// <summary>
/// Published links are a promise: every address in <c>input/published-links.yml</c> must still be a page or an
/// alias redirecting to one, and every anchor listed for it must still exist on the page it ends up on (a redirect
/// carries the #anchor along). Reports at the manifest's line; changes nothing.
/// </summary>
public sealed class CheckPublishedLinks : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        if (!context.Sources.TryGetValue(PublishedLinks.FileName, out var source)) return;
        var links = PublishedLinks.Load(source, context.Diagnostics);
        if (links is null) return;

        var pages = context.Pages.GroupBy(p => p.Url).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (!pages.TryGetValue(link.Url, out var page))
            {
                context.Diagnostics.Error(DiagnosticCodes.PublishedLinkGone, source.DisplayPath, link.Line, 1,
                    $"published address '{link.Url}' no longer exists, so links to it (in circulars, QR codes, shared messages) would break",
                    $"add '{link.Url}' to the 'aliases' of the page that replaces it; if it was never published, remove it from {PublishedLinks.FileName} (or run 'nkb links update --prune')");
                continue;
            }

            var target = page.RedirectTo is not null && pages.TryGetValue(page.RedirectTo, out var moved) ? moved : page;
            if (target.Failed) continue;
            foreach (var anchor in link.Anchors.Where(a => !target.Ids.Contains(a.Id)))
            {
                var where = target == page ? link.Url : $"{target.Url} (where {link.Url} redirects)";
                context.Diagnostics.Error(DiagnosticCodes.PublishedLinkGone, source.DisplayPath, anchor.Line, 1,
                    $"published anchor '{link.Url}#{anchor.Id}' no longer exists on {where} ({target.Display})",
                    $"keep the old id on the heading that replaced it: '## New wording {{#{anchor.Id}}}'; if it was never published, remove the line (or run 'nkb links update --prune')");
            }
        }
    }
}
