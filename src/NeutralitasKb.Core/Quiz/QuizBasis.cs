namespace NeutralitasKb.Quiz;

/// <summary>A legal basis of a question: the rule's label and its anchor on the site.</summary>
public sealed record QuizBasis(string Label, QuizLink Link);
