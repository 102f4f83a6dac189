using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Site;

/// <summary>Two pages (or a page and an alias) must never claim the same URL: the error names every claimant.</summary>
public sealed class CheckUrls : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var claims = new List<(string Url, Page Page, string How, int Line)>();
        foreach (var page in context.Pages)
        {
            claims.Add((page.Url, page, "slug", page.Meta.LineOf("slug")));
            foreach (var alias in page.Meta.Aliases)
            {
                var url = NormalizeAlias(alias);
                if (url is null)
                {
                    context.Diagnostics.Error(DiagnosticCodes.AliasConflict, page.Display, page.Meta.LineOf("aliases"), 1,
                        $"alias '{alias}' is not a site path", "write the old address as a path from the site root, e.g. '/sanksi-asn/'");
                    continue;
                }

                claims.Add((url, page, "alias", page.Meta.LineOf("aliases")));
            }
        }

        foreach (var group in claims.GroupBy(c => c.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            var who = string.Join("; ", list.Select(c => $"{c.Page.Display} ({c.How})"));
            foreach (var claim in list)
            {
                var code = list.All(c => c.How == "slug") ? DiagnosticCodes.DuplicateUrl : DiagnosticCodes.AliasConflict;
                context.Diagnostics.Error(code, claim.Page.Display, claim.Line, 1, $"URL '{group.Key}' is claimed by {list.Count} sources: {who}",
                    code == DiagnosticCodes.DuplicateUrl
                        ? "give each page its own 'slug'"
                        : "remove the alias that repeats a page's address (or another alias), or change that page's 'slug'");
            }
        }
    }

    /// <summary>"sanksi-lama" or "/sanksi-lama" becomes "/sanksi-lama/"; null when the alias is not a clean site path.</summary>
    public static string? NormalizeAlias(string alias)
    {
        var path = alias.Trim();
        if (path.Contains("://", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal)
            || path.Contains('?') || path.Contains('#') || path.Contains('\\'))
        {
            return null;
        }

        path = "/" + path.Trim('/');
        if (path == "/") return null;
        if (path.EndsWith(".html", StringComparison.Ordinal)) return path;
        return path + "/";
    }
}
