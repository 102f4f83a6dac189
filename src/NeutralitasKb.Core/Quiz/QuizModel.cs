namespace NeutralitasKb.Quiz;

/// <summary>The compiled quiz: the question pool, its topics and sanctions, and the draw size from settings.yml.</summary>
/// <param name="Version">A short hash of the pool's ids and options: saved progress from another pool is discarded by the browser.</param>
public sealed record QuizModel(
    IReadOnlyList<QuizQuestion> Questions,
    IReadOnlyList<QuizTopic> Topics,
    IReadOnlyList<QuizSanction> Sanctions,
    int Draw,
    string Version)
{
    public static readonly QuizModel Empty = new([], [], [], 0, "");

    /// <summary>Every link the quiz sources contain (basis, topics, sanctions, and links inside the Markdown texts).</summary>
    public IReadOnlyList<QuizLink> Links { get; init; } = [];
}
