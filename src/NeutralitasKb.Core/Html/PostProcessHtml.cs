using AngleSharp;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using NeutralitasKb.Build;
using NeutralitasKb.Markdown;
using NeutralitasKb.Site;

namespace NeutralitasKb.Html;

/// <summary>
/// Parses each rendered page once with AngleSharp and does every HTML rewrite on that tree: heading anchors with
/// a copy-link button, scrollable table wrappers, table cell alignment as classes, external links marked, root paths made relative (or, on the 404
/// page, prefixed with the base path), and collects ids and internal links for the link check.
/// </summary>
public sealed class PostProcessHtml : IBuildStage
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster", "data-url"];

    /// <summary>
    /// Marks a link that a feature stage checks itself at its real source (the quiz's YAML file and line): it is
    /// rewritten like every link, but left out of the generic link check so each broken link is reported once.
    /// </summary>
    public const string CheckedElsewhereAttribute = "data-nkb-checked";

    /// <summary>Elements with a URL to check or rewrite, a refresh to rewrite, or an anchor target.</summary>
    private const string UrlSelector = "[href], [src], [action], [poster], [data-url], meta[http-equiv='refresh']";
    private const string Targets = UrlSelector + ", [id], a[name]";

    /// <summary><see cref="UrlSelector"/> parsed once; matching only reads the element, so all workers share it.</summary>
    private static readonly ISelector UrlElements = new CssSelectorParser().ParseSelector(UrlSelector)!;

    /// <summary>Parser options for every page: element positions are not tracked (diagnostics use the line attributes instead).</summary>
    private static readonly HtmlParserOptions ParserOptions = new() { DisableElementPositionTracking = true };

    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var basePath = context.Settings.BasePath;
        var pages = context.Pages.ToArray();
        // A browsing context serves one page at a time: each worker gets its own, with its parser, for all its pages.
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism },
            NewParser,
            (i, _, parser) =>
            {
                var page = pages[i];
                if (!page.Failed && page.Html.Length > 0)
                {
                    pages[i] = Process(page, parser, basePath);
                }

                return parser;
            },
            _ => { });
        context.Pages = pages;
    }

    public static HtmlParser NewParser() => new(ParserOptions, BrowsingContext.New(Configuration.Default));

    public static Page Process(Page page, HtmlParser parser, string basePath)
    {
        using var document = parser.ParseDocument(page.Html);
        var main = document.QuerySelector("main") ?? document.Body!;
        AddHeadingAnchors(document, main);
        WrapTables(document, main);
        LabelTaskItems(main);
        AlignCellsWithClasses(main);

        // One walk over every element (the rewrites only change attributes): links, then the ids they may target.
        var links = new List<LinkReference>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        List<string>? names = null;
        var isNotFoundPage = !page.Url.EndsWith('/');
        // Where a link written in the layout is reported: one string per page, not one per link.
        var layoutFile = $"layouts/{page.Meta.Layout}.hbs (in {page.Display})";
        foreach (var element in document.QuerySelectorAll(Targets))
        {
            if (element.HasAttribute("id"))
            {
                ids.Add(element.Id!);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { } name)
            {
                (names ??= []).Add(name);
            }

            if (HasUrl(element))
            {
                RewriteUrls(element, page, layoutFile, basePath, isNotFoundPage, links);
            }
        }

        // Named anchors after the ids, as the link check's suggestions have always seen them.
        foreach (var name in names ?? [])
        {
            ids.Add(name);
        }

        return page with { Html = document.ToHtml(HtmlMarkupFormatter.Instance), Ids = ids, Links = links };
    }

    private static void RewriteUrls(IElement element, Page page, string layoutFile, string basePath, bool isNotFoundPage, List<LinkReference> links)
    {
        var (file, line, column) = Position(element, page, layoutFile);
        element.RemoveAttribute(MarkdownConverter.LineAttribute);
        var checkedElsewhere = element.HasAttribute(CheckedElsewhereAttribute);
        element.RemoveAttribute(CheckedElsewhereAttribute);
        if (element.LocalName == "meta")
        {
            RewriteRefresh(element, page, basePath, isNotFoundPage, links);
            return;
        }

        foreach (var attribute in UrlAttributes)
        {
            var value = element.GetAttribute(attribute);
            if (value is null) continue;
            var href = value.Trim();
            if (UrlRewriter.IsExternal(href))
            {
                if (element.LocalName == "a" && attribute == "href")
                {
                    element.ClassList.Add("external");
                    element.SetAttribute("rel", "external noopener");
                }

                continue;
            }

            if (href.Length == 0 || UrlRewriter.IsOtherScheme(href)) continue;
            if (href.StartsWith('#'))
            {
                if (attribute == "href" && href.Length > 1 && !checkedElsewhere) links.Add(new LinkReference(href, page.Url, href[1..], file, line, column));
                continue;
            }

            var target = UrlRewriter.ToRootPath(href, page.Url);
            var (path, fragment) = Split(target);
            if (!checkedElsewhere) links.Add(new LinkReference(href, path, fragment, file, line, column));
            if (UrlRewriter.IsRootPath(href) && target is not null)
            {
                element.SetAttribute(attribute, isNotFoundPage ? basePath + target.TrimStart('/') : UrlRewriter.Relative(target, page.Url));
            }
        }
    }

    private static void AddHeadingAnchors(IDocument document, IElement main)
    {
        foreach (var heading in main.QuerySelectorAll("h2[id], h3[id]"))
        {
            if (heading.ClassList.Contains("no-anchor") || heading.QuerySelector(".heading-anchor") is not null) continue;
            var id = heading.Id!;
            var anchor = document.CreateElement("a");
            anchor.ClassList.Add("heading-anchor");
            anchor.SetAttribute("href", "#" + id);
            anchor.SetAttribute("aria-label", "Tautan ke bagian ini: " + heading.TextContent.Trim());
            anchor.TextContent = "#";
            var button = document.CreateElement("button");
            button.ClassList.Add("copy-link");
            button.SetAttribute("type", "button");
            button.SetAttribute("data-anchor", id);
            button.SetAttribute("hidden", "");
            button.TextContent = "Salin tautan";
            heading.AppendChild(document.CreateTextNode(" "));
            heading.AppendChild(anchor);
            heading.AppendChild(button);
        }
    }

    /// <summary>Tables scroll sideways on phones inside a focusable region named after the nearest heading (names stay unique).</summary>
    private static void WrapTables(IDocument document, IElement main)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in main.QuerySelectorAll("table"))
        {
            if (table.ParentElement?.ClassList.Contains("table-wrap") == true) continue;
            var wrap = document.CreateElement("div");
            wrap.ClassList.Add("table-wrap");
            wrap.SetAttribute("tabindex", "0");
            wrap.SetAttribute("role", "region");
            var caption = table.QuerySelector("caption")?.TextContent.Trim();
            var name = string.IsNullOrEmpty(caption) ? "Tabel: " + (NearestHeading(table) ?? "isi halaman") : caption;
            used[name] = used.GetValueOrDefault(name) + 1;
            wrap.SetAttribute("aria-label", used[name] == 1 ? name : $"{name} ({used[name]})");
            table.Parent!.InsertBefore(wrap, table);
            wrap.AppendChild(table);
        }
    }

    private static string? NearestHeading(IElement element)
    {
        for (var node = element.PreviousElementSibling ?? element.ParentElement; node is not null;
             node = node.PreviousElementSibling ?? node.ParentElement)
        {
            if (node.LocalName is "h1" or "h2" or "h3" or "h4")
            {
                return (node.FirstChild?.TextContent ?? node.TextContent).Trim();
            }

            if (node.LocalName is "main" or "body") return null;
        }

        return null;
    }

    /// <summary>Markdig's task-list checkboxes have no label: name each after its item's text.</summary>
    private static void LabelTaskItems(IElement main)
    {
        foreach (var box in main.QuerySelectorAll("li.task-list-item > input[type=checkbox]"))
        {
            box.SetAttribute("aria-label", box.ParentElement!.TextContent.Trim());
        }
    }

    /// <summary>
    /// Markdig writes column alignment as style="text-align: …", which the Content-Security-Policy (no
    /// 'unsafe-inline') blocks: it becomes class "align-left|center|right", styled by the theme.
    /// </summary>
    private static void AlignCellsWithClasses(IElement main)
    {
        foreach (var cell in main.QuerySelectorAll("th[style], td[style]"))
        {
            var style = cell.GetAttribute("style")!.Replace(" ", "", StringComparison.Ordinal).TrimEnd(';');
            if (style is "text-align:left" or "text-align:center" or "text-align:right")
            {
                cell.RemoveAttribute("style");
                cell.ClassList.Add("align-" + style["text-align:".Length..]);
            }
        }
    }

    private static void RewriteRefresh(IElement meta, Page page, string basePath, bool isNotFoundPage, List<LinkReference> links)
    {
        var content = meta.GetAttribute("content") ?? "";
        var marker = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        if (marker < 0) return;
        var href = content[(marker + 4)..].Trim();
        if (!UrlRewriter.IsRootPath(href)) return;
        var (path, fragment) = Split(href);
        links.Add(new LinkReference(href, path, fragment, page.Display, 0, 0));
        var rewritten = isNotFoundPage ? basePath + href.TrimStart('/') : UrlRewriter.Relative(href, page.Url);
        meta.SetAttribute("content", content[..(marker + 4)] + rewritten);
    }

    private static bool HasUrl(IElement element) => UrlElements.Match(element, null);

    private static (string File, int Line, int Column) Position(IElement element, Page page, string layoutFile)
    {
        var value = element.GetAttribute(MarkdownConverter.LineAttribute);
        if (value is not null)
        {
            var parts = value.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], out var line) && int.TryParse(parts[1], out var column))
            {
                return (page.Display, line, column);
            }
        }

        return (layoutFile, 0, 0);
    }

    private static (string? Path, string? Fragment) Split(string? target)
    {
        if (target is null) return (null, null);
        var hash = target.IndexOf('#');
        var path = hash >= 0 ? target[..hash] : target;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        return (path, hash >= 0 && hash < target.Length - 1 ? target[(hash + 1)..] : null);
    }
}
