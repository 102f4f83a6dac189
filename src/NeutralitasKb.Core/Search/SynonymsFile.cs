using NeutralitasKb.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeutralitasKb.Search;

/// <summary>
/// Reads <c>synonyms.yml</c>: one key, <c>synonyms</c>, with a list of groups, each a list of words or phrases that
/// mean the same to a reader. Every problem is reported with its line, and a word may belong to one group only.
/// </summary>
public static class SynonymsFile
{
    public const string RootKey = "synonyms";

    public static SynonymSet Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet throws InvalidOperationException, without a position, on some broken flow lists.
            var (line, column) = ex is YamlException y ? ((int)y.Start.Line, (int)y.Start.Column) : (0, 0);
            diagnostics.Error(DiagnosticCodes.SynonymsSyntax, file, line, column, $"invalid YAML: {(ex is YamlException ? FirstLine(ex.Message) : "a list is not closed or not separated by commas")}",
                "check indentation (spaces, not tabs) and write each group as a list in [ ], e.g. '- [medsos, media sosial]'");
            return SynonymSet.Empty;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return SynonymSet.Empty;
        }

        var root = stream.Documents[0].RootNode;
        void Invalid(YamlNode node, string message, string fix) =>
            diagnostics.Error(DiagnosticCodes.SynonymsInvalid, file, (int)node.Start.Line, (int)node.Start.Column, message, fix);

        if (root is not YamlMappingNode mapping)
        {
            Invalid(root, "the synonyms file must start with 'synonyms:'", "write 'synonyms:' and below it one '- [word, other word]' line per group");
            return SynonymSet.Empty;
        }

        YamlSequenceNode? list = null;
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (name != RootKey)
            {
                diagnostics.Error(DiagnosticCodes.SynonymsUnknownKey, file, (int)key.Start.Line, (int)key.Start.Column, $"unknown key '{name}'",
                    $"the only key is '{RootKey}': put every group in its list");
                continue;
            }

            if (value is YamlSequenceNode sequence) list = sequence;
            else if (value is not YamlScalarNode { Value: null or "" })
            {
                Invalid(value, $"'{RootKey}' must be a list of groups", "write one '- [word, other word]' line per group under 'synonyms:'");
            }
        }

        var groups = new List<IReadOnlyList<string>>();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list?.Children ?? [])
        {
            if (item is not YamlSequenceNode group)
            {
                Invalid(item, "a group must be a list of words", "write the group in [ ], e.g. '- [medsos, media sosial]'");
                continue;
            }

            var words = new List<string>();
            var problems = false;
            foreach (var element in group.Children)
            {
                var word = (element as YamlScalarNode)?.Value?.Trim() ?? "";
                var normalized = SynonymSet.Normalize(word);
                if (normalized.Length == 0)
                {
                    Invalid(element, "a group has an empty word", "remove the empty item or write the word");
                    problems = true;
                    continue;
                }

                if (owner.TryGetValue(normalized, out var line))
                {
                    Invalid(element, $"'{word}' is already in the group on line {line}",
                        line == (int)group.Start.Line ? "remove the repeated word" : "a word may belong to one group only: merge the two groups");
                    problems = true;
                    continue;
                }

                owner[normalized] = (int)group.Start.Line;
                words.Add(word);
            }

            if (words.Count == 1 && !problems)
            {
                Invalid(group, $"the group '{words[0]}' has only one word", "add the words that mean the same, or remove the group");
                continue;
            }

            if (words.Count > 1) groups.Add(words);
        }

        return new SynonymSet(groups);
    }

    private static string FirstLine(string message)
    {
        var text = message.Trim();
        var cut = text.IndexOf(").", StringComparison.Ordinal);
        return (cut > 0 && text.StartsWith('(') ? text[(cut + 2)..] : text).Trim().Split('\n')[0].TrimEnd('.');
    }
}
