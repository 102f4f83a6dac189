using NeutralitasKb.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace NeutralitasKb.Quiz;

/// <summary>Reads <c>input/quiz/topics.yml</c>: the topics a user reviews after wrong answers, and the sanction categories.</summary>
public static class TopicsReader
{
    public static readonly IReadOnlyList<string> FileKeys = ["topics", "sanctions"];
    public static readonly IReadOnlyList<string> TopicKeys = ["id", "title", "link"];
    public static readonly IReadOnlyList<string> SanctionKeys = ["id", "label", "link"];

    public sealed record Result(IReadOnlyList<QuizTopic> Topics, IReadOnlyList<QuizSanction> Sanctions);

    public static Result Read(string text, string file, DiagnosticBag diagnostics)
    {
        var (yaml, root, syntaxOk) = QuizYaml.Load(text, file, diagnostics);
        var empty = new Result([], []);
        if (!syntaxOk) return empty;
        var mapping = root is null ? null : yaml.Mapping(root, "the file", "start the file with 'topics:' and list the topics under it");
        if (root is not null && mapping is null) return empty;
        if (mapping is not null) yaml.CheckKeys(mapping, FileKeys);
        var topicsNode = mapping is null ? null : QuizYaml.Get(mapping, "topics");
        if (topicsNode is null or YamlScalarNode { Value: null or "" })
        {
            yaml.FileError(DiagnosticCodes.QuizFieldMissing, "the file has no 'topics:' list",
                "add 'topics:' with items '- id: …', 'title: …' and 'link: /…/' (the guidance to review)");
            return empty;
        }

        var topics = Items(yaml, topicsNode, "topic", "title").Select(t => new QuizTopic(t.Id, t.Text, t.Link, t.Position)).ToList();
        var sanctionsNode = QuizYaml.Get(mapping!, "sanctions");
        var sanctions = sanctionsNode is null or YamlScalarNode { Value: null or "" }
            ? []
            : Items(yaml, sanctionsNode, "sanction", "label").Select(s => new QuizSanction(s.Id, s.Text, s.Link, s.Position)).ToList();
        return new Result(topics, sanctions);
    }

    private static List<(string Id, string Text, QuizLink Link, SourcePosition Position)> Items(QuizYaml yaml, YamlNode node, string kind, string textKey)
    {
        var items = new List<(string, string, QuizLink, SourcePosition)>();
        var itemFix = $"write each {kind} as '- id: …' with '{textKey}: …' and 'link: …' under it";
        if (yaml.Sequence(node, $"'{kind}s'", itemFix) is not { } sequence) return items;
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var number = 0;
        foreach (var child in sequence.Children)
        {
            number++;
            if (yaml.Mapping(child, $"{kind} {number}", itemFix) is not { } map) continue;
            yaml.CheckKeys(map, kind == "topic" ? TopicKeys : SanctionKeys);
            var idNode = yaml.Required(map, "id", $"{kind} {number}", $"add 'id: …' in lowercase letters, digits and hyphens; questions name their {kind} by it");
            var id = idNode?.Value!.Trim();
            var owner = id is null ? $"{kind} {number}" : $"{kind} '{id}'";
            var text = yaml.Required(map, textKey, owner, kind == "topic"
                ? "add 'title: …': the topic as the result page names it"
                : "add 'label: …': the sanction as the answer names it");
            var link = yaml.Required(map, "link", owner, kind == "topic"
                ? "add 'link: /…/' with the guidance page to review, e.g. '/yang-dilarang/media-sosial/'"
                : "add 'link: /…/' with where the sanction is explained, e.g. '/sanksi/#berat'");
            if (idNode is null || text is null || link is null) continue;
            if (!QuestionsReader.IsValidId(id!))
            {
                QuestionsReader.ReportInvalidId(yaml, idNode, kind, id!);
                continue;
            }

            var position = yaml.At(idNode);
            if (seen.TryGetValue(id!, out var first))
            {
                yaml.Error(DiagnosticCodes.QuizDuplicateId, idNode, $"duplicate {kind} id '{id}': also defined at {first}",
                    $"give each {kind} its own id, or merge the two");
                continue;
            }

            seen[id!] = position;
            items.Add((id!, text.Value!.Trim(), new QuizLink(link.Value!.Trim(), $"link of {kind} '{id}'", yaml.At(link)), position));
        }

        return items;
    }
}
