using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NeutralitasKb.Markdown;

/// <summary>
/// For sites whose settings trust editors with raw HTML (<c>html.allowRawHtml</c>): the rendered Markdown fragment
/// keeps only the elements Markdown itself makes plus <c>html.allowedTags</c>. Event handlers (<c>on*</c>), inline
/// styles (the Content-Security-Policy blocks them) and <c>javascript:</c>/<c>data:</c> URLs are always removed;
/// <c>&lt;script&gt;</c> survives only when listed. Built once per build; each call parses its own fragment.
/// </summary>
public sealed class RawHtmlSanitizer
{
    /// <summary>What the Markdown pipeline and its callouts produce: always allowed.</summary>
    private static readonly string[] MarkdownTags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "a", "img", "table",
        "thead", "tbody", "tr", "th", "td", "hr", "br", "del", "input", "aside", "span", "section",
    ];

    /// <summary>Removed with their content when not allowed: unwrapping them would show code or styles as text.</summary>
    private static readonly HashSet<string> DropWithContent =
        new(["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript", "textarea", "title", "base", "link", "meta"], StringComparer.Ordinal);

    private static readonly HashSet<string> UrlAttributes =
        new(["href", "src", "action", "formaction", "poster", "data", "background", "cite", "xlink:href", "srcset", "longdesc", "manifest"], StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _allowed;

    public RawHtmlSanitizer(IEnumerable<string> allowedTags)
    {
        _allowed = new HashSet<string>(MarkdownTags.Concat(allowedTags.Select(t => t.Trim().Trim('<', '>').ToLowerInvariant())), StringComparer.Ordinal);
    }

    /// <summary>The cleaned fragment, and what was taken out.</summary>
    public (string Html, IReadOnlyList<RemovedHtml> Removed) Sanitize(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("");
        var body = document.Body!;
        body.Append([.. parser.ParseFragment(html, body)]);
        var removed = new List<RemovedHtml>();

        foreach (var comment in body.Descendants<IComment>().ToList())
        {
            comment.RemoveFromParent();
        }

        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            var name = element.LocalName;
            if (!_allowed.Contains(name))
            {
                removed.Add(new RemovedHtml($"HTML tag <{name}>", "<" + name, IsTag: true));
                if (DropWithContent.Contains(name)) element.RemoveFromParent();
                else element.Replace([.. element.ChildNodes]);
                continue;
            }

            foreach (var attribute in element.Attributes.ToList())
            {
                if (Why(element, attribute) is { } why)
                {
                    removed.Add(why);
                    element.RemoveAttribute(attribute.NamespaceUri ?? "", attribute.LocalName);
                    element.RemoveAttribute(attribute.Name);
                }
            }
        }

        return (body.InnerHtml, removed);
    }

    private static RemovedHtml? Why(IElement element, IAttr attribute)
    {
        var name = attribute.Name.ToLowerInvariant();
        if (name.StartsWith("on", StringComparison.Ordinal) || name is "style" or "srcdoc")
        {
            return new RemovedHtml($"HTML attribute '{name}'", name, IsTag: false);
        }

        if (!UrlAttributes.Contains(name)) return null;
        var url = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        var scheme = url.IndexOf(':') is var colon and > 0 ? url[..(colon + 1)] : "";
        var image = element.LocalName == "img" && url.StartsWith("data:image/", StringComparison.Ordinal) && !url.StartsWith("data:image/svg", StringComparison.Ordinal);
        return scheme is "javascript:" or "vbscript:" || (scheme == "data:" && !image)
            ? new RemovedHtml($"the '{scheme}' address in '{name}'", name, IsTag: false)
            : null;
    }
}
