using NeutralitasKb.Diagnostics;
using NeutralitasKb.Layout;
using NeutralitasKb.Markdown;
using NeutralitasKb.Output;
using NeutralitasKb.Quiz;
using NeutralitasKb.Search;
using NeutralitasKb.Site;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Build;

/// <summary>What the stages share. Each stage fills in its part; collections are replaced, never edited in place.</summary>
public sealed class BuildContext(SiteFolders folders, BuildOptions options, DiagnosticBag diagnostics)
{
    private IReadOnlyList<Page> _pages = [];
    private Dictionary<string, Page>? _pagesByUrl;

    public SiteFolders Folders { get; } = folders;
    public BuildOptions Options { get; } = options;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public DateTimeOffset Now { get; } = options.Now ?? DateTimeOffset.Now;

    public SiteSettings Settings { get; set; } = null!;

    /// <summary>Every file of theme/ overlaid by input/, by relative path.</summary>
    public IReadOnlyDictionary<string, SourceFile> Sources { get; set; } = new Dictionary<string, SourceFile>();

    public IReadOnlyList<Page> Pages
    {
        get => _pages;
        set
        {
            _pages = value;
            _pagesByUrl = null;
        }
    }

    /// <summary>The build's one configured Markdown pipeline (also used for quiz texts).</summary>
    public MarkdownConverter Markdown { get; set; } = null!;

    /// <summary>The compiled quiz, or null when the site has none; its links are checked after the HTML exists.</summary>
    public QuizModel? Quiz { get; set; }

    public LayoutSet Layouts { get; set; } = null!;

    public SiteNavigation Navigation { get; set; } = null!;

    /// <summary>Extra data the layouts receive at the top level, added by feature stages (quiz, azIndex, links).</summary>
    public Dictionary<string, object?> LayoutData { get; } = new(StringComparer.Ordinal);

    /// <summary>Files to write besides the pages: assets, sitemap, QR codes, redirects …, by output path.</summary>
    public Dictionary<string, OutputFile> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the new site is being written before it replaces the output folder.</summary>
    public string? StagingPath { get; set; }

    /// <summary>Whether this build makes a search index (decided before layouts run); false makes pages say search is unavailable.</summary>
    public bool SearchAvailable { get; set; }

    /// <summary>Node.js and Pagefind, when found; the IndexSearch stage runs them over the staging folder.</summary>
    public SearchIndexer? SearchIndexer { get; set; }

    /// <summary>Groups of words that mean the same to a reader (input/synonyms.yml), for the search and the A–Z index.</summary>
    public SynonymSet Synonyms { get; set; } = SynonymSet.Empty;

    /// <summary>
    /// The first page with this URL, through an index built once per <see cref="Pages"/> list (stages replace the
    /// list, never edit it). Safe from parallel stages: two threads may both build it, and either copy is right.
    /// </summary>
    public Page? FindPage(string url)
    {
        var index = Volatile.Read(ref _pagesByUrl);
        if (index is null)
        {
            index = new Dictionary<string, Page>(_pages.Count, StringComparer.Ordinal);
            foreach (var page in _pages)
            {
                index.TryAdd(page.Url, page);
            }

            Volatile.Write(ref _pagesByUrl, index);
        }

        return index.GetValueOrDefault(url);
    }
}
