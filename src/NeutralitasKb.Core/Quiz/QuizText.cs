namespace NeutralitasKb.Quiz;

/// <summary>
/// A Markdown text from the quiz YAML (scenario, explanation, option feedback) and where it starts in its file:
/// Markdown line 0 is file line <see cref="FirstLine"/>, and a Markdown column plus <see cref="ColumnOffset"/> is the file column.
/// </summary>
public sealed record QuizText(string Markdown, string File, int FirstLine, int ColumnOffset)
{
    /// <summary>The rendered HTML, filled in by <see cref="CompileQuiz"/>.</summary>
    public string Html { get; init; } = "";
}
