using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;

namespace NeutralitasKb.Markdown;

/// <summary>
/// The one Markdig pipeline of a build (configured once, then shared by all threads), and the conversion of a
/// Markdown text into HTML plus its headings. Link lines ride along as <c>data-nkb-line</c> attributes so the
/// link check can name the source line; the HTML post-processor strips them.
/// </summary>
public sealed class MarkdownConverter
{
    public const string LineAttribute = "data-nkb-line";
    public const int MaxNesting = NestingLimit.MaxDepth;

    private readonly MarkdownPipeline _pipeline;
    private readonly RawHtmlSanitizer? _sanitizer;

    public MarkdownConverter(SiteSettings settings)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists()
            .UseCustomContainers()
            .Use(new CalloutExtension(new OpdSnippets(settings)))
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseGenericAttributes();
        if (!settings.AllowRawHtml)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
        _sanitizer = settings.AllowRawHtml ? new RawHtmlSanitizer(settings.AllowedHtmlTags) : null;
    }

    /// <summary>Converts a page body. <paramref name="firstLine"/> is the 1-based file line of the body's first line.</summary>
    /// <param name="resolveLink">Maps a link as written (e.g. "../sanksi.md#berat") to the URL to emit, or returns it unchanged.</param>
    public MarkdownResult Convert(string markdown, string file, int firstLine, DiagnosticBag diagnostics, Func<string, string>? resolveLink = null)
    {
        try
        {
            return ConvertChecked(markdown, file, firstLine, diagnostics, resolveLink);
        }
        catch (ArgumentException ex) when (NestingLimit.IsMarkdigLimit(ex))
        {
            NestingLimit.ReportMarkdigLimit(markdown, file, firstLine, diagnostics);
            return new MarkdownResult("", [], false);
        }
    }

    private MarkdownResult ConvertChecked(string markdown, string file, int firstLine, DiagnosticBag diagnostics, Func<string, string>? resolveLink)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        if (!NestingLimit.Check(document, file, firstLine, diagnostics))
        {
            return new MarkdownResult("", [], false);
        }

        // One walk over the tree, in document order: callout types, links (resolved and tagged with their line), headings.
        var ok = true;
        var headings = new List<Heading>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CustomContainer container when !Callouts.IsKnown((container.Info ?? "").Trim().ToLowerInvariant()):
                    ReportUnknownCallout(container, file, firstLine, diagnostics);
                    ok = false;
                    break;
                case LinkInline { IsImage: false, Url: not null } link:
                    if (resolveLink is not null) link.Url = resolveLink(link.Url);
                    link.GetAttributes().AddProperty(LineAttribute, $"{firstLine + link.Line}:{link.Column + 1}");
                    break;
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    headings.Add(new Heading(heading.Level, id, PlainText.Of(heading.Inline), firstLine + heading.Line));
                    break;
            }
        }

        // The pipeline's pooled renderer: set up once per thread, not once per page.
        var html = document.ToHtml(_pipeline);
        if (_sanitizer is not null)
        {
            (html, var removed) = _sanitizer.Sanitize(html);
            ok &= ReportRemoved(removed, markdown, file, firstLine, diagnostics);
        }

        return new MarkdownResult(html, headings, ok);
    }

    private static void ReportUnknownCallout(CustomContainer container, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var type = (container.Info ?? "").Trim().ToLowerInvariant();
        var known = Callouts.Labels.Keys.Append(Callouts.OpdContacts).Append(Callouts.OpdReporting).ToList();
        var suggestion = Suggest.Closest(type, known);
        diagnostics.Error(DiagnosticCodes.UnknownCallout, file, firstLine + container.Line, container.Column + 1,
            $"unknown callout type '{type}'",
            suggestion is null ? $"use one of: {string.Join(", ", known)}" : $"did you mean '{suggestion}'? Callouts: {string.Join(", ", known)}");
    }

    /// <summary>A tag outside html.allowedTags is an error (the editor decides); a removed handler, style or script address a warning.</summary>
    private static bool ReportRemoved(IReadOnlyList<RemovedHtml> removed, string markdown, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var item in removed.Distinct())
        {
            var (line, column) = Find(markdown, item.Written);
            if (item.IsTag)
            {
                var tag = item.Written.TrimStart('<');
                diagnostics.Error(DiagnosticCodes.RawHtmlNotAllowed, file, firstLine + line, column, $"{item.What} is not allowed",
                    $"remove it, or add '{tag}' to 'html: allowedTags' in settings.yml if the site's editors trust it");
                ok = false;
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.RawHtmlNotAllowed, file, firstLine + line, column, $"{item.What} was removed",
                    "event handlers, inline styles and javascript: or data: addresses never run on this site: use the theme's CSS and JavaScript files");
            }
        }

        return ok;
    }

    /// <summary>0-based line and 1-based column of the first case-insensitive occurrence, or the body's start.</summary>
    private static (int Line, int Column) Find(string markdown, string text)
    {
        var at = markdown.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return (0, 1);
        var line = markdown.AsSpan(0, at).Count('\n');
        return (line, at - (markdown.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1);
    }
}

public sealed record MarkdownResult(string Html, IReadOnlyList<Heading> Headings, bool Ok);
