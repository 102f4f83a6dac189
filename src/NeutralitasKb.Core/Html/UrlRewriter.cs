namespace NeutralitasKb.Html;

/// <summary>Turns root paths ("/sanksi/#berat") into paths relative to the page, so the site works under any sub-path.</summary>
public static class UrlRewriter
{
    /// <summary>"./", "../", "../../" …: the prefixes of the usual depths, made once instead of once per link.</summary>
    private static readonly string[] Prefixes = Enumerable.Range(0, 16).Select(d => d == 0 ? "./" : string.Concat(Enumerable.Repeat("../", d))).ToArray();

    public static string Relative(string rootPath, string pageUrl)
    {
        var depth = Depth(pageUrl);
        var prefix = depth < Prefixes.Length ? Prefixes[depth] : string.Concat(Enumerable.Repeat("../", depth));
        var target = rootPath.TrimStart('/');
        if (target.Length == 0) return prefix;
        if (target[0] == '#' || target[0] == '?') return prefix + target;
        return (depth == 0 ? "" : prefix) + target;
    }

    /// <summary>Folders between the site root and the page's file: "/" → 0, "/a/" → 1, "/a/b/" → 2, "/404.html" → 0.</summary>
    public static int Depth(string pageUrl)
    {
        var folder = pageUrl.EndsWith('/') ? pageUrl : pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
        return folder.AsSpan().Count('/') - 1;
    }

    public static bool IsRootPath(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal);

    public static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("//", StringComparison.Ordinal);

    public static bool IsOtherScheme(string href)
    {
        var colon = href.IndexOf(':');
        var slash = href.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash) && !IsExternal(href);
    }

    /// <summary>Resolves a relative href against the page URL to a root path; null if it climbs above the site root.</summary>
    public static string? ToRootPath(string href, string pageUrl)
    {
        if (IsRootPath(href)) return Normalize(href);
        var folder = pageUrl.EndsWith('/') ? pageUrl : pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
        return Normalize(folder + href);
    }

    private static string? Normalize(string path)
    {
        var query = path.IndexOfAny(['?', '#']);
        var suffix = query >= 0 ? path[query..] : "";
        var main = query >= 0 ? path[..query] : path;
        var parts = new List<string>();
        var segments = main.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var part = segments[i];
            if (part is "." || (part.Length == 0 && i < segments.Length - 1)) continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join('/', parts) + suffix;
    }
}
