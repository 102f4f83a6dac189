using System.Text.RegularExpressions;
using NeutralitasKb.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace NeutralitasKb.Quiz;

/// <summary>
/// Reads one <c>input/quiz/questions/*.yml</c> file and checks each question on its own: known keys, required
/// fields, 3 or 4 options, exactly one correct option (or at least one with 'multiple: true'), a valid id.
/// Cross-file rules (duplicate ids, topics, links) are checked later. Questions with errors are left out.
/// </summary>
public static partial class QuestionsReader
{
    public const int MinOptions = 3;
    public const int MaxOptions = 4;

    public static readonly IReadOnlyList<string> FileKeys = ["questions"];
    public static readonly IReadOnlyList<string> QuestionKeys = ["id", "topic", "sanction", "multiple", "scenario", "options", "explanation", "basis"];
    public static readonly IReadOnlyList<string> OptionKeys = ["text", "correct", "feedback"];
    public static readonly IReadOnlyList<string> BasisKeys = ["label", "link"];

    private const string ItemFix = "begin each question with '- id: …' and indent its keys (topic, scenario, options, explanation, basis) under it";

    public static IReadOnlyList<QuizQuestion> Read(string text, string file, DiagnosticBag diagnostics)
    {
        var (yaml, root, syntaxOk) = QuizYaml.Load(text, file, diagnostics);
        if (!syntaxOk) return [];
        var mapping = root is null ? null : yaml.Mapping(root, "the file", "start the file with 'questions:' and list the questions under it");
        if (root is not null && mapping is null) return [];
        if (mapping is not null) yaml.CheckKeys(mapping, FileKeys);
        var list = mapping is null ? null : QuizYaml.Get(mapping, "questions");
        if (list is null or YamlScalarNode { Value: null or "" })
        {
            yaml.FileError(DiagnosticCodes.QuizFieldMissing, "the file has no 'questions:' list",
                "start the file with 'questions:' and list each question under it as '- id: …'");
            return [];
        }

        var questions = new List<QuizQuestion>();
        if (yaml.Sequence(list, "'questions'", ItemFix) is not { } sequence) return questions;
        var number = 0;
        foreach (var item in sequence.Children)
        {
            number++;
            if (ReadQuestion(yaml, item, number) is { } question) questions.Add(question);
        }

        return questions;
    }

    private static QuizQuestion? ReadQuestion(QuizYaml yaml, YamlNode node, int number)
    {
        if (yaml.Mapping(node, $"question {number}", ItemFix) is not { } map) return null;
        yaml.CheckKeys(map, QuestionKeys);
        var idNode = yaml.Required(map, "id", $"question {number}",
            "add 'id: <unique-name>' in lowercase letters, digits and hyphens, e.g. 'id: like-unggahan-paslon'; saved progress finds the question by it");
        var id = idNode?.Value!.Trim();
        var ok = id is not null;
        if (id is not null && !IsValidId(id))
        {
            ReportInvalidId(yaml, idNode!, "question", id);
            ok = false;
        }

        var name = id is null ? $"question {number}" : $"question '{id}'";
        var topic = yaml.Required(map, "topic", name, "add 'topic: <id>' with the id of a topic in input/quiz/topics.yml");
        var sanction = yaml.Scalar(map, "sanction", name);
        var multiple = yaml.Bool(map, "multiple", name);
        var scenario = yaml.Required(map, "scenario", name,
            "add 'scenario: |' and, on the next lines indented, the situation in 1–3 sentences ending with the question");
        var options = ReadOptions(yaml, map, name, multiple);
        var explanation = yaml.Required(map, "explanation", name,
            "add 'explanation: |' and, on the next lines indented, why the right answer is right");
        var basis = ReadBasis(yaml, map, name);
        if (!ok || topic is null || scenario is null || options is null || explanation is null || basis is null) return null;

        return new QuizQuestion
        {
            Id = id!,
            Position = yaml.At(idNode!),
            Topic = topic.Value!.Trim(),
            TopicPosition = yaml.At(topic),
            Sanction = sanction?.Value!.Trim(),
            SanctionPosition = sanction is null ? null : yaml.At(sanction),
            Multiple = multiple,
            Scenario = yaml.Text(scenario),
            Options = options,
            Explanation = yaml.Text(explanation),
            Basis = basis,
        };
    }

    private static List<QuizOption>? ReadOptions(QuizYaml yaml, YamlMappingNode map, string name, bool multiple)
    {
        var node = QuizYaml.Get(map, "options");
        if (node is null or YamlScalarNode { Value: null or "" })
        {
            yaml.Error(DiagnosticCodes.QuizFieldMissing, node ?? map, $"{name} has no 'options'",
                $"add 'options:' with {MinOptions} or {MaxOptions} items '- text: …', and mark the right one 'correct: true'");
            return null;
        }

        if (yaml.Sequence(node, $"'options' of {name}", "write each option as '- text: …' under 'options:'") is not { } sequence) return null;
        var options = new List<QuizOption>();
        var correct = 0;
        var ok = true;
        var number = 0;
        foreach (var item in sequence.Children)
        {
            number++;
            var owner = $"option {number} of {name}";
            if (yaml.Mapping(item, owner, "write the option as '- text: …' with 'feedback: …' (and 'correct: true' on the right one) under it") is not { } option)
            {
                ok = false;
                continue;
            }

            yaml.CheckKeys(option, OptionKeys);
            var text = yaml.Required(option, "text", owner, "add 'text: …' with the answer as the user reads it");
            var isCorrect = yaml.Bool(option, "correct", owner);
            var feedback = yaml.Scalar(option, "feedback", owner);
            if (isCorrect) correct++;
            if (text is null)
            {
                ok = false;
                continue;
            }

            options.Add(new QuizOption(text.Value!.Trim(), isCorrect, feedback is null ? null : yaml.Text(feedback), yaml.At(option)));
        }

        var count = sequence.Children.Count;
        if (count is < MinOptions or > MaxOptions)
        {
            yaml.Error(DiagnosticCodes.QuizOptionCount, sequence, $"{name} has {count} option{(count == 1 ? "" : "s")}; a question needs {MinOptions} or {MaxOptions}",
                count < MinOptions ? "add options ('- text: …') so there are 3 or 4" : "remove options so there are 3 or 4: fewer, clearer choices work better on a phone");
            ok = false;
        }

        if (correct == 0)
        {
            yaml.Error(DiagnosticCodes.QuizCorrectCount, sequence, $"{name} has no correct option",
                multiple ? "mark every right option with 'correct: true'" : "mark the right option with 'correct: true'");
            ok = false;
        }
        else if (correct > 1 && !multiple)
        {
            yaml.Error(DiagnosticCodes.QuizCorrectCount, sequence, $"{name} has {correct} correct options",
                "mark exactly one option 'correct: true', or set 'multiple: true'");
            ok = false;
        }

        return ok ? options : null;
    }

    private static List<QuizBasis>? ReadBasis(QuizYaml yaml, YamlMappingNode map, string name)
    {
        var node = QuizYaml.Get(map, "basis");
        const string Fix = "add 'basis:' with at least one item: '- label: PP 94/2021 Pasal 5 huruf n' and, under it, 'link: /dasar-hukum/pp-94-2021/#pasal-5-huruf-n'";
        if (node is null or YamlScalarNode { Value: null or "" } or YamlSequenceNode { Children.Count: 0 })
        {
            yaml.Error(DiagnosticCodes.QuizFieldMissing, node ?? map, $"{name} has no 'basis'", Fix);
            return null;
        }

        if (yaml.Sequence(node, $"'basis' of {name}", Fix) is not { } sequence) return null;
        var basis = new List<QuizBasis>();
        var ok = true;
        var number = 0;
        foreach (var item in sequence.Children)
        {
            number++;
            var owner = $"basis {number} of {name}";
            if (yaml.Mapping(item, owner, "write each basis as '- label: …' with 'link: …' under it") is not { } entry)
            {
                ok = false;
                continue;
            }

            yaml.CheckKeys(entry, BasisKeys);
            var label = yaml.Required(entry, "label", owner, "add 'label: …' naming the rule, e.g. 'PP 94/2021 Pasal 5 huruf n'");
            var link = yaml.Required(entry, "link", owner, "add 'link: …' with the rule's anchor on this site, e.g. '/dasar-hukum/pp-94-2021/#pasal-5-huruf-n'");
            if (label is null || link is null)
            {
                ok = false;
                continue;
            }

            basis.Add(new QuizBasis(label.Value!.Trim(), new QuizLink(link.Value!.Trim(), $"basis link of {name}", yaml.At(link))));
        }

        return ok ? basis : null;
    }

    internal static bool IsValidId(string id) => IdPattern().IsMatch(id);

    internal static void ReportInvalidId(QuizYaml yaml, YamlNode node, string kind, string id) =>
        yaml.Error(DiagnosticCodes.QuizInvalidValue, node, $"{kind} id '{id}' is not valid",
            $"use lowercase letters, digits and hyphens, e.g. '{Slug(id)}'");

    private static string Slug(string value) => SlugBreak().Replace(value.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex SlugBreak();
}
