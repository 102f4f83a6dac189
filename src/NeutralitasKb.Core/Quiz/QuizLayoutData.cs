namespace NeutralitasKb.Quiz;

/// <summary>The quiz as the 'quiz' layout sees it (<c>quiz.*</c>), with the camelCase keys the README documents.</summary>
public static class QuizLayoutData
{
    public static Dictionary<string, object?> Of(QuizModel model)
    {
        var topics = model.Topics.ToDictionary(t => t.Id, Topic, StringComparer.Ordinal);
        var sanctions = model.Sanctions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return new Dictionary<string, object?>
        {
            ["hasQuestions"] = model.Questions.Count > 0,
            ["draw"] = Math.Min(model.Draw, model.Questions.Count),
            ["total"] = model.Questions.Count,
            ["version"] = model.Version,
            ["topics"] = model.Topics.Select(Topic).ToList(),
            ["questions"] = model.Questions.Select((q, i) => new Dictionary<string, object?>
            {
                ["id"] = q.Id,
                ["anchor"] = "soal-" + q.Id,
                ["number"] = i + 1,
                ["topic"] = topics.GetValueOrDefault(q.Topic),
                ["sanction"] = q.Sanction is not null && sanctions.TryGetValue(q.Sanction, out var s)
                    ? new Dictionary<string, object?> { ["id"] = s.Id, ["label"] = s.Label, ["link"] = s.Link.Href }
                    : null,
                ["multiple"] = q.Multiple,
                ["scenario"] = q.Scenario.Html,
                ["options"] = q.Options.Select((o, n) => new Dictionary<string, object?>
                {
                    ["index"] = n,
                    ["letter"] = Letter(n),
                    ["text"] = o.Text,
                    ["correct"] = o.Correct,
                    ["feedback"] = o.Feedback?.Html ?? "",
                }).ToList(),
                ["hasFeedback"] = q.Options.Any(o => o.Feedback is not null),
                ["answer"] = string.Join(", ", q.Options.Select((o, n) => (o, n)).Where(x => x.o.Correct).Select(x => Letter(x.n))),
                ["answerText"] = string.Join("; ", q.Options.Where(o => o.Correct).Select(o => o.Text)),
                ["explanation"] = q.Explanation.Html,
                ["basis"] = q.Basis.Select(b => new Dictionary<string, object?> { ["label"] = b.Label, ["link"] = b.Link.Href }).ToList(),
            }).ToList(),
        };
    }

    public static string Letter(int index) => ((char)('A' + index)).ToString();

    private static Dictionary<string, object?> Topic(QuizTopic topic) =>
        new() { ["id"] = topic.Id, ["title"] = topic.Title, ["link"] = topic.Link.Href };
}
