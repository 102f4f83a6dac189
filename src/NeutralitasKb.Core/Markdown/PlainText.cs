using System.Text;
using Markdig.Syntax.Inlines;

namespace NeutralitasKb.Markdown;

/// <summary>The text of inline Markdown without markup, for headings in tables of contents and indexes.</summary>
public static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
