using NeutralitasKb.Markdown;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Site;

/// <summary>
/// One page as it moves through the build; each stage returns a copy with its part filled in.
/// <see cref="Failed"/> pages keep their URL (so links to them are not reported twice) but are not rendered.
/// </summary>
public sealed record Page
{
    public required SourceFile Source { get; init; }
    public required FrontMatter Meta { get; init; }

    /// <summary>The Markdown after the front matter.</summary>
    public string Body { get; init; } = "";

    /// <summary>1-based line of the body's first line in the source file.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Root-relative URL: "/" for home, "/sanksi/" for a page, "/404.html" for the not-found page.</summary>
    public required string Url { get; init; }

    public bool Failed { get; init; }

    /// <summary>For an alias page: the root URL it redirects to.</summary>
    public string? RedirectTo { get; init; }

    /// <summary>HTML of the Markdown body (before the layout).</summary>
    public string ContentHtml { get; init; } = "";

    public IReadOnlyList<Heading> Headings { get; init; } = [];

    /// <summary>The complete, post-processed HTML document.</summary>
    public string Html { get; init; } = "";

    /// <summary>Every element id in the final document (anchor targets).</summary>
    public IReadOnlySet<string> Ids { get; init; } = new HashSet<string>();

    /// <summary>Internal links found in the final document, for the link check.</summary>
    public IReadOnlyList<LinkReference> Links { get; init; } = [];

    /// <summary>Plain text of the content, for the A–Z index and the search.</summary>
    public string Display => Source.DisplayPath;

    public string OutputPath => Url == "/" ? "index.html" : Url.EndsWith('/') ? Url.Trim('/') + "/index.html" : Url.TrimStart('/');

    public bool IsHome => Url == "/";
}
