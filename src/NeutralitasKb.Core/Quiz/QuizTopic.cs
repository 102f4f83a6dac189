namespace NeutralitasKb.Quiz;

/// <summary>A topic of input/quiz/topics.yml: the guidance a user should review after a wrong answer.</summary>
public sealed record QuizTopic(string Id, string Title, QuizLink Link, SourcePosition Position);
