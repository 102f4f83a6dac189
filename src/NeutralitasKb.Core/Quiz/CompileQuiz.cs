using System.Security.Cryptography;
using System.Text;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Quiz;

/// <summary>
/// Reads input/quiz/topics.yml and input/quiz/questions/*.yml, validates them, renders their Markdown with the
/// build's pipeline, and hands the pool to the 'quiz' layout as <c>quiz</c>. Runs after RenderMarkdown.
/// </summary>
public sealed class CompileQuiz : IBuildStage
{
    public const string Layout = "quiz";
    public const string TopicsPath = "quiz/topics.yml";
    public const string QuestionsFolder = "quiz/questions/";

    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        var questionFiles = context.Sources.Values
            .Where(f => f.RelativePath.StartsWith(QuestionsFolder, StringComparison.Ordinal) && f.Extension is ".yml" or ".yaml")
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        context.Sources.TryGetValue(TopicsPath, out var topicsFile);
        var hasPage = context.Pages.Any(p => p.Meta.Layout == Layout);
        context.LayoutData["quiz"] = QuizLayoutData.Of(QuizModel.Empty);
        if (questionFiles.Count == 0 && topicsFile is null && !hasPage) return;

        var topicsDisplay = topicsFile?.DisplayPath ?? context.Folders.Display(Path.Combine(context.Folders.Input, "quiz", "topics.yml"));
        TopicsReader.Result? topics = null;
        if (topicsFile is null)
        {
            diagnostics.Error(DiagnosticCodes.QuizTopicsMissing, topicsDisplay, 0, 0, "the quiz has no topics file",
                "create it with 'topics:' (id, title, link of the guidance to review) and 'sanctions:' (id, label, link); questions name their topic by id");
        }
        else if (Read(topicsFile, diagnostics) is { } text)
        {
            topics = TopicsReader.Read(text, topicsFile.DisplayPath, diagnostics);
        }

        var parsed = questionFiles.SelectMany(f => Read(f, diagnostics) is { } text ? QuestionsReader.Read(text, f.DisplayPath, diagnostics) : []).ToList();
        var questions = QuizCrossCheck.Check(parsed, topics, topicsDisplay, diagnostics);
        QuizCrossCheck.CheckPool(parsed.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count(), context.Settings.QuizDraw, DrawPosition(context), diagnostics);

        var links = new List<QuizLink>();
        questions = questions.Select(q => Render(q, context, links)).ToList();
        links.AddRange(questions.SelectMany(q => q.Basis.Select(b => b.Link)));
        links.AddRange(topics?.Topics.Select(t => t.Link) ?? []);
        links.AddRange(topics?.Sanctions.Select(s => s.Link) ?? []);
        var model = new QuizModel(questions, topics?.Topics ?? [], topics?.Sanctions ?? [], context.Settings.QuizDraw, Version(questions))
        {
            Links = links,
        };
        context.Quiz = model;
        context.LayoutData["quiz"] = QuizLayoutData.Of(model);
    }

    private static QuizQuestion Render(QuizQuestion question, BuildContext context, List<QuizLink> links)
    {
        QuizText Md(QuizText text, string part) => QuizMarkdown.Render(context.Markdown, text, $"{part} of question '{question.Id}'", context.Diagnostics, links);
        return question with
        {
            Scenario = Md(question.Scenario, "scenario"),
            Explanation = Md(question.Explanation, "explanation"),
            Options = question.Options
                .Select((o, i) => o.Feedback is null ? o : o with { Feedback = Md(o.Feedback, $"feedback of option {i + 1}") })
                .ToList(),
        };
    }

    /// <summary>A short hash of what saved progress depends on: ids, options and which are correct.</summary>
    public static string Version(IEnumerable<QuizQuestion> questions)
    {
        var text = new StringBuilder();
        foreach (var question in questions.OrderBy(q => q.Id, StringComparer.Ordinal))
        {
            text.Append(question.Id).Append('|').Append(question.Multiple).Append('\n');
            foreach (var option in question.Options) text.Append(option.Correct ? '+' : '-').Append(option.Text).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..10];
    }

    /// <summary>The 'draw:' value in settings.yml, where a pool too small for it is reported.</summary>
    private static SourcePosition DrawPosition(BuildContext context)
    {
        var path = Path.Combine(context.Folders.Input, SettingsLoader.FileName);
        var file = context.Folders.Display(path);
        try
        {
            var lines = TextFile.ReadUtf8(path).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var key = lines[i].IndexOf("draw:", StringComparison.Ordinal);
                if (key < 0 || lines[i][..key].Trim().Length > 0) continue;
                var value = key + "draw:".Length;
                while (value < lines[i].Length && lines[i][value] == ' ') value++;
                return new SourcePosition(file, i + 1, value + 1);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            // The settings were read before; if they cannot be read now, point at the file.
        }

        return new SourcePosition(file, 1, 1);
    }

    private static string? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        try
        {
            return TextFile.ReadUtf8(file.FullPath);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, file.DisplayPath, 0, 0, "the file is not valid UTF-8 text",
                "open it in a text editor and save it with UTF-8 encoding");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, file.DisplayPath, 0, 0, $"cannot read the file: {ex.Message}",
                "check that the file exists and that you may read it");
        }

        return null;
    }
}
