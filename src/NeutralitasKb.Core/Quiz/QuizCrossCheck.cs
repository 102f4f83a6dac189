using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Quiz;

/// <summary>Rules across the quiz files: unique question ids, known topics and sanctions, a pool large enough for the draw.</summary>
public static class QuizCrossCheck
{
    /// <summary>Reports duplicates and unknown references; returns the questions that can go into the pool.</summary>
    public static IReadOnlyList<QuizQuestion> Check(IReadOnlyList<QuizQuestion> questions, TopicsReader.Result? topics, string topicsFile, DiagnosticBag diagnostics)
    {
        var pool = new List<QuizQuestion>();
        var first = new Dictionary<string, QuizQuestion>(StringComparer.Ordinal);
        var topicIds = topics?.Topics.Select(t => t.Id).ToList() ?? [];
        var sanctionIds = topics?.Sanctions.Select(s => s.Id).ToList() ?? [];
        foreach (var question in questions)
        {
            var ok = true;
            if (first.TryGetValue(question.Id, out var earlier))
            {
                Report(diagnostics, DiagnosticCodes.QuizDuplicateId, question.Position,
                    $"duplicate question id '{question.Id}': also defined at {earlier.Position}",
                    "give each question its own id; the browser saves progress by id");
                continue;
            }

            first[question.Id] = question;
            if (topics is not null && !topicIds.Contains(question.Topic, StringComparer.Ordinal))
            {
                Report(diagnostics, DiagnosticCodes.QuizUnknownTopic, question.TopicPosition,
                    $"question '{question.Id}' has unknown topic '{question.Topic}'", Fix(question.Topic, topicIds, "topic", topicsFile));
                ok = false;
            }

            if (topics is not null && question.Sanction is { } sanction && !sanctionIds.Contains(sanction, StringComparer.Ordinal))
            {
                Report(diagnostics, DiagnosticCodes.QuizUnknownSanction, question.SanctionPosition!,
                    $"question '{question.Id}' has unknown sanction '{sanction}'", Fix(sanction, sanctionIds, "sanction", topicsFile));
                ok = false;
            }

            if (ok) pool.Add(question);
        }

        return pool;
    }

    /// <summary>The draw must not exceed the pool, or the quiz could not fill a round.</summary>
    public static void CheckPool(int pool, int draw, SourcePosition drawPosition, DiagnosticBag diagnostics)
    {
        if (pool >= draw) return;
        Report(diagnostics, DiagnosticCodes.QuizPoolTooSmall, drawPosition,
            $"the quiz draws {draw} questions but the pool has {(pool == 0 ? "none" : $"only {pool}")}",
            pool == 0
                ? "add questions in input/quiz/questions/ (at least as many as 'quiz.draw' in settings.yml)"
                : $"add questions in input/quiz/questions/, or set 'quiz.draw' in settings.yml to {pool} or less");
    }

    private static string Fix(string value, IReadOnlyList<string> known, string kind, string file)
    {
        var suggestion = Suggest.Closest(value, known);
        var list = known.Count == 0 ? "none yet" : string.Join(", ", known);
        return suggestion is null
            ? $"use a {kind} id defined in {file}, or add it there; defined: {list}"
            : $"did you mean '{suggestion}'? The {kind} ids defined in {file}: {list}";
    }

    private static void Report(DiagnosticBag diagnostics, string code, SourcePosition at, string message, string fix) =>
        diagnostics.Error(code, at.File, at.Line, at.Column, message, fix);
}
