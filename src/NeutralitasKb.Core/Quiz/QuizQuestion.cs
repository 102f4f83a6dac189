namespace NeutralitasKb.Quiz;

/// <summary>One scenario of the pool, as written in input/quiz/questions/*.yml.</summary>
public sealed record QuizQuestion
{
    public required string Id { get; init; }

    /// <summary>Where the id's value is written: duplicate-id and other question-level messages point here.</summary>
    public required SourcePosition Position { get; init; }

    public required string Topic { get; init; }
    public required SourcePosition TopicPosition { get; init; }
    public string? Sanction { get; init; }
    public SourcePosition? SanctionPosition { get; init; }
    public required QuizText Scenario { get; init; }
    public required IReadOnlyList<QuizOption> Options { get; init; }
    public required QuizText Explanation { get; init; }
    public required IReadOnlyList<QuizBasis> Basis { get; init; }

    /// <summary>Several options may be correct; the user then ticks every correct one.</summary>
    public bool Multiple { get; init; }
}
