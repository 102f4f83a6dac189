using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NeutralitasKb.Build;
using NeutralitasKb.Site;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Tests.Support;

/// <summary>
/// The default site (the repository's input/ and theme/), built once in-process with a fixed clock and no search
/// indexer, shared by the content and approval tests of the "default site" collection.
/// </summary>
public sealed class DefaultSite : IDisposable
{
    public static readonly DateTimeOffset BuildTime = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly TempDir _dir = new();
    private readonly Dictionary<string, IHtmlDocument> _documents = new(StringComparer.Ordinal);

    public DefaultSite()
    {
        Folders = new SiteFolders(Repo.Path("input"), Repo.Path("theme"), _dir.Combine("output"));
        Result = SiteBuilder.Build(Folders, new BuildOptions { NodePath = "", Now = BuildTime });
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("The default site does not build:\n" + string.Join("\n", Result.Diagnostics));
        }

        Pages = Result.Context.Pages.Where(p => !p.Failed && p.RedirectTo is null).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
    }

    public SiteFolders Folders { get; }

    public BuildResult Result { get; }

    /// <summary>Every rendered page except alias redirects, by URL.</summary>
    public IReadOnlyList<Page> Pages { get; }

    public Page Page(string url) =>
        Pages.FirstOrDefault(p => p.Url == url) ?? throw new InvalidOperationException($"The default site has no page {url}");

    /// <summary>The page's source as "input/sanksi.md" (or "theme/…"), independent of the working directory.</summary>
    public static string SourceOf(Page page) =>
        (page.Source.Origin == SourceOrigin.Input ? "input/" : "theme/") + page.Source.RelativePath;

    public bool OutputExists(string relative) => File.Exists(Path.Combine(Folders.Output, relative));

    /// <summary>The page's final HTML, parsed once and cached (read-only use).</summary>
    public IHtmlDocument Document(Page page)
    {
        lock (_documents)
        {
            if (!_documents.TryGetValue(page.Url, out var document))
            {
                document = new HtmlParser().ParseDocument(page.Html);
                _documents[page.Url] = document;
            }

            return document;
        }
    }

    /// <summary>A link as written in the page (relative, or prefixed with the base path on the 404 page) turned back into a root path with its fragment.</summary>
    public static (string Path, string Fragment) Resolve(Page page, string href)
    {
        var pageUrl = page.Url;
        var resolved = new Uri(new Uri("http://site.test" + pageUrl), href);
        var fragment = resolved.Fragment.TrimStart('#');
        return (Uri.UnescapeDataString(resolved.AbsolutePath), Uri.UnescapeDataString(fragment));
    }

    /// <summary>Internal links of an element: (root path, fragment) pairs; external and mailto/tel links are left out.</summary>
    public static IEnumerable<(string Path, string Fragment)> InternalLinks(Page page, IElement scope) =>
        scope.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => !href.Contains(':', StringComparison.Ordinal) && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => Resolve(page, href));

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DefaultSiteCollection : ICollectionFixture<DefaultSite>
{
    public const string Name = "default site";
}
