namespace NeutralitasKb.Quiz;

/// <summary>One answer option; <see cref="Text"/> is plain text, <see cref="Feedback"/> Markdown shown after answering.</summary>
public sealed record QuizOption(string Text, bool Correct, QuizText? Feedback, SourcePosition Position);
