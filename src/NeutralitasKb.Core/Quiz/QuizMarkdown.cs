using System.Net;
using System.Text.RegularExpressions;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Html;
using NeutralitasKb.Markdown;

namespace NeutralitasKb.Quiz;

/// <summary>
/// Renders a quiz text with the build's Markdown pipeline. The links inside are collected with their position in
/// the YAML file, for <see cref="CheckQuizLinks"/>, and marked so the generic link check (which would name the quiz
/// page instead of the YAML) leaves them alone.
/// </summary>
public static partial class QuizMarkdown
{
    public static QuizText Render(MarkdownConverter converter, QuizText text, string owner, DiagnosticBag diagnostics, List<QuizLink> links)
    {
        var result = converter.Convert(text.Markdown, text.File, text.FirstLine, diagnostics);
        var html = LinkWithLine().Replace(result.Html, match =>
        {
            var href = WebUtility.HtmlDecode(match.Groups["href"].Value);
            var line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var column = int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) + text.ColumnOffset;
            links.Add(new QuizLink(href, $"link in the {owner}", new SourcePosition(text.File, line, column), SitePathOnly: false));
            return $"{match.Groups["start"].Value} {PostProcessHtml.CheckedElsewhereAttribute}=\"\"";
        });
        return text with { Html = html.Trim() };
    }

    [GeneratedRegex(@"(?<start><a href=""(?<href>[^""]*)""[^>]*?) " + MarkdownConverter.LineAttribute + @"=""(?<line>\d+):(?<col>\d+)""")]
    private static partial Regex LinkWithLine();
}
