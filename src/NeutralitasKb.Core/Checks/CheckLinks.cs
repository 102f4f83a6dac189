using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;

namespace NeutralitasKb.Checks;

/// <summary>Every internal link and #anchor of the built site must resolve. Reports only; changes nothing.</summary>
public sealed class CheckLinks : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var pages = context.Pages.GroupBy(p => p.Url).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var files = context.Files.Keys.Select(k => "/" + k).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<(string Href, string Layout)>();
        // "Did you mean" compares a missing path with every page and file: once per missing path, not once per link.
        var suggestions = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var page in context.Pages.Where(p => !p.Failed))
        {
            foreach (var link in page.Links)
            {
                // A broken link in a layout shows on every page: report it once, and check it only until then.
                (string, string)? layoutKey = link.Line == 0 ? (link.Href, page.Meta.Layout) : null;
                if (layoutKey is { } seen && reported.Contains(seen)) continue;
                var problem = Check(link, pages, files, suggestions);
                if (problem is null) continue;
                var (code, message, fix) = problem.Value;
                if (layoutKey is { } key) reported.Add(key);
                context.Diagnostics.Error(code, link.File, link.Line, link.Column, message, fix);
            }
        }
    }

    private static string? Closest(string path, Dictionary<string, Page> pages, HashSet<string> files, Dictionary<string, string?> suggestions)
    {
        if (!suggestions.TryGetValue(path, out var closest))
        {
            closest = Suggest.Closest(path, pages.Keys.Concat(files));
            suggestions[path] = closest;
        }

        return closest;
    }

    private static (string Code, string Message, string Fix)? Check(
        LinkReference link, Dictionary<string, Page> pages, HashSet<string> files, Dictionary<string, string?> suggestions)
    {
        if (link.Target is null)
        {
            return (DiagnosticCodes.LinkEscapesSite, $"link '{link.Href}' points outside the site",
                "link to a page of the site with a root path such as '/sanksi/', or to a full https:// address");
        }

        var path = Uri.UnescapeDataString(link.Target);
        if (!pages.TryGetValue(path, out var target))
        {
            if (files.Contains(path)) return null;
            if (path.EndsWith("/index.html", StringComparison.Ordinal) && pages.TryGetValue(path[..^"index.html".Length], out target))
            {
                path = target.Url;
            }
            else
            {
                var withSlash = path.EndsWith('/') ? null : pages.ContainsKey(path + "/") ? path + "/" : null;
                var suggestion = withSlash ?? Closest(path, pages, files, suggestions);
                var fix = suggestion is not null ? $"did you mean '{suggestion}'?"
                    : path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "no page file of that name exists: link to an existing .md file, or to a page's address written as '/slug/'"
                    : "check the address against the page's 'slug', written as '/slug/'";
                return (DiagnosticCodes.BrokenLink, $"link target '{link.Href}' does not exist", fix);
            }
        }

        if (link.Fragment is null || target.Failed || target.RedirectTo is not null) return null;
        var fragment = Uri.UnescapeDataString(link.Fragment);
        if (target.Ids.Contains(fragment)) return null;
        var near = Suggest.Closest(fragment, target.Ids);
        return (DiagnosticCodes.BrokenAnchor, $"anchor '#{fragment}' does not exist on {target.Url} ({target.Display})",
            near is null
                ? "add '{#" + fragment + "}' to the heading it should point to, or fix the link"
                : $"did you mean '#{near}'? Otherwise add '{{#{fragment}}}' to the heading it should point to");
    }
}
