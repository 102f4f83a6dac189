using Markdig.Syntax;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Markdown;

/// <summary>
/// Deeply nested Markdown is refused with NKB3002 at its line. Our limit (lists and quotes) is checked on the
/// parsed document; Markdig's own, far deeper limit throws while parsing or rendering (also for hundreds of
/// unclosed '[' or '*'), without a position, so the line is found in the text.
/// </summary>
public static class NestingLimit
{
    public const int MaxDepth = 24;

    private const string ContainerFix = "flatten the structure: use headings or separate lists instead of deeper nesting";

    public static bool IsMarkdigLimit(ArgumentException ex) => ex.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>Walks the blocks without recursion; false (and one error) when lists or quotes go deeper than <see cref="MaxDepth"/>.</summary>
    public static bool Check(MarkdownDocument document, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var stack = new Stack<(Block Block, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (block, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                ReportContainers(file, firstLine + block.Line, block.Column + 1, diagnostics);
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

    public static void ReportMarkdigLimit(string markdown, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var lines = markdown.Split('\n');
        var deepest = MaxBy(lines, ContainerDepth);
        if (ContainerDepth(lines[deepest]) > MaxDepth)
        {
            ReportContainers(file, firstLine + deepest, 1, diagnostics);
            return;
        }

        var marked = MaxBy(lines, line => line.Count(c => c is '[' or '*' or '_' or '~' or '<'));
        diagnostics.Error(DiagnosticCodes.NestingTooDeep, file, firstLine + marked, 1,
            "too many brackets or emphasis marks are open inside one another to convert",
            "close each '[' with ']' and each '*' or '_' pair, or write '\\[', '\\*', '\\_' for the character itself");
    }

    private static void ReportContainers(string file, int line, int column, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.NestingTooDeep, file, line, column, $"lists or quotes are nested more than {MaxDepth} levels deep", ContainerFix);

    /// <summary>Quotes and list items opened at the start of a line; indentation counts as list depth.</summary>
    private static int ContainerDepth(string line)
    {
        var text = line.AsSpan();
        var depth = (text.Length - text.TrimStart(' ').Length) / 2;
        while (true)
        {
            text = text.TrimStart(' ');
            if (text.StartsWith(">")) text = text[1..];
            else if (text.Length >= 2 && "-*+".Contains(text[0]) && text[1] == ' ') text = text[2..];
            else return depth;
            depth++;
        }
    }

    private static int MaxBy(string[] lines, Func<string, int> score)
    {
        var best = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (score(lines[i]) > score(lines[best])) best = i;
        }

        return best;
    }
}
