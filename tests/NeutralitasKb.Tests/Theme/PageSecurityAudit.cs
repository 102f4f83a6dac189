using AngleSharp.Html.Parser;

namespace NeutralitasKb.Tests.Theme;

/// <summary>
/// What a built page must satisfy so its Content-Security-Policy can forbid inline code: a CSP meta tag without
/// 'unsafe-inline' and with no source outside the site, no inline script with content, no style attribute or
/// style element, no inline event handler.
/// </summary>
public static class PageSecurityAudit
{
    /// <summary>Source expressions that name no other host.</summary>
    private static readonly HashSet<string> OwnSources =
        new(["'self'", "'none'", "data:", "blob:", "'wasm-unsafe-eval'", "'strict-dynamic'", "'report-sample'"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Problems(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        var policies = document.QuerySelectorAll("meta[http-equiv]")
            .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (policies.Count == 0) problems.Add("no <meta http-equiv=\"Content-Security-Policy\">");
        foreach (var policy in policies)
        {
            foreach (var directive in (policy.GetAttribute("content") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = directive.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var source in parts.Skip(1))
                {
                    if (source.Equals("'unsafe-inline'", StringComparison.OrdinalIgnoreCase)) problems.Add($"CSP {parts[0]} allows 'unsafe-inline'");
                    else if (!OwnSources.Contains(source) && !source.StartsWith("'nonce-", StringComparison.Ordinal) && !source.StartsWith("'sha", StringComparison.Ordinal))
                        problems.Add($"CSP {parts[0]} allows a source outside the site: {source}");
                }
            }
        }

        foreach (var script in document.Scripts.Where(s => !string.IsNullOrWhiteSpace(s.Text)))
        {
            problems.Add($"inline <script> with content: {Shorten(script.Text)}");
        }

        problems.AddRange(document.QuerySelectorAll("[style]").Select(e => $"style attribute on <{e.LocalName}>: {e.GetAttribute("style")}"));
        problems.AddRange(document.QuerySelectorAll("style").Select(e => $"inline <style>: {Shorten(e.TextContent)}"));
        problems.AddRange(document.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .Select(a => $"inline event handler {a.Name} on <{e.LocalName}>")));
        return problems;
    }

    private static string Shorten(string text) => text.Trim().Length > 60 ? text.Trim()[..60] + "…" : text.Trim();
}
