using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
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
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses far deeper nesting than ours by itself, before any position is known: find the line.
            ReportTooDeep(file, firstLine + DeepestLine(markdown), 1, diagnostics);
            return new MarkdownResult("", [], false);
        }

        if (!CheckNesting(document, file, firstLine, diagnostics))
        {
            return new MarkdownResult("", [], false);
        }

        var ok = true;
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var type = (container.Info ?? "").Trim().ToLowerInvariant();
            if (!Callouts.IsKnown(type))
            {
                var known = Callouts.Labels.Keys.Append(Callouts.OpdContacts).Append(Callouts.OpdReporting).ToList();
                var suggestion = Suggest.Closest(type, known);
                diagnostics.Error(DiagnosticCodes.UnknownCallout, file, firstLine + container.Line, container.Column + 1,
                    $"unknown callout type '{type}'",
                    suggestion is null ? $"use one of: {string.Join(", ", known)}" : $"did you mean '{suggestion}'? Callouts: {string.Join(", ", known)}");
                ok = false;
            }
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is null) continue;
            if (resolveLink is not null) link.Url = resolveLink(link.Url);
            link.GetAttributes().AddProperty(LineAttribute, $"{firstLine + link.Line}:{link.Column + 1}");
        }

        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (id is null) continue;
            headings.Add(new Heading(heading.Level, id, PlainText.Of(heading.Inline), firstLine + heading.Line));
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new MarkdownResult(writer.ToString(), headings, ok);
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
                ReportTooDeep(file, firstLine + block.Line, block.Column + 1, diagnostics);
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

    private static void ReportTooDeep(string file, int line, int column, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.NestingTooDeep, file, line, column,
            $"lists or quotes are nested more than {MaxNesting} levels deep",
            "flatten the structure: use headings or separate lists instead of deeper nesting");

    /// <summary>0-based line that opens the most quotes and list items at its start (indentation counts as list depth).</summary>
    private static int DeepestLine(string markdown)
    {
        var lines = markdown.Split('\n');
        var deepest = (Line: 0, Depth: -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].AsSpan();
            var depth = (text.Length - text.TrimStart(' ').Length) / 2;
            while (true)
            {
                text = text.TrimStart(' ');
                if (text.StartsWith(">")) text = text[1..];
                else if (text.Length >= 2 && "-*+".Contains(text[0]) && text[1] == ' ') text = text[2..];
                else break;
                depth++;
            }

            if (depth > deepest.Depth) deepest = (i, depth);
        }

        return deepest.Line;
    }
}

public sealed record MarkdownResult(string Html, IReadOnlyList<Heading> Headings, bool Ok);
