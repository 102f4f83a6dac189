using AngleSharp;
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

    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var configuration = Configuration.Default;
        var basePath = context.Settings.BasePath;
        var pages = context.Pages.ToArray();
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism }, i =>
        {
            var page = pages[i];
            if (page.Failed || page.Html.Length == 0) return;
            var parser = new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(configuration));
            pages[i] = Process(page, parser, basePath);
        });
        context.Pages = pages;
    }

    public static Page Process(Page page, HtmlParser parser, string basePath)
    {
        var document = parser.ParseDocument(page.Html);
        var main = document.QuerySelector("main") ?? document.Body!;
        AddHeadingAnchors(document, main);
        WrapTables(document, main);
        LabelTaskItems(main);
        AlignCellsWithClasses(main);

        var links = new List<LinkReference>();
        var isNotFoundPage = !page.Url.EndsWith('/');
        foreach (var element in document.QuerySelectorAll("[href], [src], [action], [poster], [data-url], meta[http-equiv='refresh']"))
        {
            var (file, line, column) = Position(element, page);
            element.RemoveAttribute(MarkdownConverter.LineAttribute);
            var checkedElsewhere = element.HasAttribute(CheckedElsewhereAttribute);
            element.RemoveAttribute(CheckedElsewhereAttribute);
            if (element.LocalName == "meta")
            {
                RewriteRefresh(element, page, basePath, isNotFoundPage, links);
                continue;
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

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            ids.Add(element.Id!);
        }

        foreach (var element in document.QuerySelectorAll("a[name]"))
        {
            ids.Add(element.GetAttribute("name")!);
        }

        return page with { Html = document.ToHtml(HtmlMarkupFormatter.Instance), Ids = ids, Links = links };
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

    private static (string File, int Line, int Column) Position(IElement element, Page page)
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

        return ($"layouts/{page.Meta.Layout}.hbs (in {page.Display})", 0, 0);
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
