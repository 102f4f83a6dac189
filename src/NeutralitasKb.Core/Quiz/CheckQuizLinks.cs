using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Html;
using NeutralitasKb.Site;

namespace NeutralitasKb.Quiz;

/// <summary>
/// Every link of the quiz sources (basis, topic, sanction, and links inside the texts) must resolve to a page and,
/// if it has one, an anchor of the built site. Reported once, at the YAML value. Runs after PostProcessHtml, when
/// every page's ids are known; reports only.
/// </summary>
public sealed class CheckQuizLinks : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        if (context.Quiz is not { } quiz) return;
        var pages = context.Pages.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var files = context.Files.Keys.Select(k => "/" + k).ToHashSet(StringComparer.Ordinal);
        foreach (var link in quiz.Links.DistinctBy(l => (l.Href, l.Position)))
        {
            if (Check(link, pages, files) is not { } problem) continue;
            var (code, message, fix) = problem;
            context.Diagnostics.Error(code, link.Position.File, link.Position.Line, link.Position.Column, message, fix);
        }
    }

    private static (string Code, string Message, string Fix)? Check(QuizLink link, Dictionary<string, Page> pages, HashSet<string> files)
    {
        var href = link.Href;
        if (!UrlRewriter.IsRootPath(href))
        {
            var elsewhere = UrlRewriter.IsExternal(href) || UrlRewriter.IsOtherScheme(href) || href.StartsWith('#');
            if (!link.SitePathOnly && elsewhere) return null;
            return (DiagnosticCodes.QuizBrokenLink, $"{link.Owner} '{href}' is not a path on this site",
                link.SitePathOnly
                    ? "link to this site's page for the rule, from the site root with a trailing slash, e.g. '/dasar-hukum/pp-94-2021/#pasal-5-huruf-n'; that page links to the official text"
                    : "write links from the site root, e.g. '/sanksi/#berat', or a full https:// address");
        }

        var hash = href.IndexOf('#');
        var path = hash >= 0 ? href[..hash] : href;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        path = Uri.UnescapeDataString(path);
        if (!pages.TryGetValue(path, out var target))
        {
            if (files.Contains(path)) return null;
            var suggestion = !path.EndsWith('/') && pages.ContainsKey(path + "/") ? path + "/" : Suggest.Closest(path, pages.Keys);
            return (DiagnosticCodes.QuizBrokenLink, $"{link.Owner} '{href}' does not exist",
                suggestion is null ? "check the address against the page's 'slug', written as '/slug/'" : $"did you mean '{suggestion}'?");
        }

        if (hash < 0 || hash == href.Length - 1 || target.Failed || target.RedirectTo is not null) return null;
        var fragment = Uri.UnescapeDataString(href[(hash + 1)..]);
        if (target.Ids.Contains(fragment)) return null;
        var near = Suggest.Closest(fragment, target.Ids);
        return (DiagnosticCodes.QuizBrokenAnchor, $"{link.Owner} '{href}': anchor '#{fragment}' does not exist on {target.Url} ({target.Display})",
            near is null
                ? "link to an anchor that page defines (a heading with '{#id}'), or to the page without '#…'"
                : $"did you mean '#{near}'? Otherwise add '{{#{fragment}}}' to the heading it should point to");
    }
}
