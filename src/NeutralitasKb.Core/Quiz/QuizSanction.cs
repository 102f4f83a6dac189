namespace NeutralitasKb.Quiz;

/// <summary>A sanction category of input/quiz/topics.yml, shown with each answer.</summary>
public sealed record QuizSanction(string Id, string Label, QuizLink Link, SourcePosition Position);
