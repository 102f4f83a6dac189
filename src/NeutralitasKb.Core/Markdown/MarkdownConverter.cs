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
    public const int MaxNesting = 24;

    private readonly MarkdownPipeline _pipeline;

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
    }

    /// <summary>Converts a page body. <paramref name="firstLine"/> is the 1-based file line of the body's first line.</summary>
    /// <param name="resolveLink">Maps a link as written (e.g. "../sanksi.md#berat") to the URL to emit, or returns it unchanged.</param>
    public MarkdownResult Convert(string markdown, string file, int firstLine, DiagnosticBag diagnostics, Func<string, string>? resolveLink = null)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        if (!CheckNesting(document, file, firstLine, diagnostics))
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
        return new MarkdownResult(document.ToHtml(_pipeline), headings, ok);
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

    /// <summary>Deeply nested lists or quotes would exhaust the stack while rendering: refuse them with a clear error.</summary>
    private static bool CheckNesting(MarkdownDocument document, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var stack = new Stack<(Block Block, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (block, depth) = stack.Pop();
            if (depth > MaxNesting)
            {
                diagnostics.Error(DiagnosticCodes.NestingTooDeep, file, firstLine + block.Line, block.Column + 1,
                    $"lists or quotes are nested more than {MaxNesting} levels deep",
                    "flatten the structure: use headings or separate lists instead of deeper nesting");
                return false;
            }

            if (block is ContainerBlock container)
            {
                foreach (var child in container)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return true;
    }
}

public sealed record MarkdownResult(string Html, IReadOnlyList<Heading> Headings, bool Ok);
