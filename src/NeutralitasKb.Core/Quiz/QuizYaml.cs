using System.Text.RegularExpressions;
using NeutralitasKb.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeutralitasKb.Quiz;

/// <summary>
/// One quiz YAML file read with YamlDotNet's representation model, so every question, key and value keeps its
/// line and column. Accessors report what is wrong (wrong type, unknown key) and return null; reporting a
/// missing value is left to the caller, which knows the fix.
/// </summary>
internal sealed partial class QuizYaml
{
    private readonly string[] _lines;

    private QuizYaml(string file, string text, DiagnosticBag diagnostics)
    {
        File = file;
        Diagnostics = diagnostics;
        _lines = text.Split('\n');
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Parses the text. A syntax error is reported and gives no root; an empty file gives no root and no report.</summary>
    public static (QuizYaml Yaml, YamlNode? Root, bool SyntaxOk) Load(string text, string file, DiagnosticBag diagnostics)
    {
        var yaml = new QuizYaml(file, text, diagnostics);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            yaml.ReportSyntax(ex);
            return (yaml, null, false);
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return (yaml, root is YamlScalarNode { Value: null or "" } ? null : root, true);
    }

    /// <summary>Reports the file as a whole (at line 1) when it lacks its top-level list.</summary>
    public void FileError(string code, string message, string fix) => Diagnostics.Error(code, File, 1, 1, message, fix);

    public SourcePosition At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(string code, YamlNode node, string message, string fix)
    {
        var at = At(node);
        Diagnostics.Error(code, File, at.Line, at.Column, message, fix);
    }

    public YamlMappingNode? Mapping(YamlNode node, string what, string fix)
    {
        if (node is YamlMappingNode mapping) return mapping;
        Error(DiagnosticCodes.QuizInvalidValue, node, $"{what} must be a set of 'key: value' lines, not {Describe(node)}", fix);
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what, string fix)
    {
        if (node is YamlSequenceNode sequence) return sequence;
        Error(DiagnosticCodes.QuizInvalidValue, node, $"{what} must be a list of '- ' items, not {Describe(node)}", fix);
        return null;
    }

    /// <summary>Reports every key that is not one of <paramref name="known"/>, with the closest known key.</summary>
    public void CheckKeys(YamlMappingNode mapping, IReadOnlyList<string> known)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name, StringComparer.Ordinal)) continue;
            var suggestion = Suggest.Closest(name, known);
            var list = string.Join(", ", known);
            Error(DiagnosticCodes.QuizUnknownKey, key, $"unknown key '{name}'",
                suggestion is null ? $"remove it, or use one of: {list}" : $"did you mean '{suggestion}'? Known keys here: {list}");
        }
    }

    public static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value;

    /// <summary>The key's value as text, or null when it is absent or empty (not reported) or not text (reported).</summary>
    public YamlScalarNode? Scalar(YamlMappingNode mapping, string key, string owner)
    {
        var node = Get(mapping, key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar;
        }

        Error(DiagnosticCodes.QuizInvalidValue, node, $"'{key}' of {owner} must be text, not {Describe(node)}",
            $"write the text right after '{key}:', or for several lines write '{key}: |' and the text indented on the next lines");
        return null;
    }

    /// <summary>Like <see cref="Scalar"/>, but an absent or empty value is reported as missing, at the key or the item.</summary>
    public YamlScalarNode? Required(YamlMappingNode mapping, string key, string owner, string fix)
    {
        var value = Scalar(mapping, key, owner);
        if (value is null && Get(mapping, key) is null or YamlScalarNode)
        {
            var at = mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == key) ?? mapping;
            Error(DiagnosticCodes.QuizFieldMissing, at, $"{owner} has no '{key}'", fix);
        }

        return value;
    }

    /// <summary>A true/false key: absent is false; anything but true or false is reported.</summary>
    public bool Bool(YamlMappingNode mapping, string key, string owner)
    {
        var node = Get(mapping, key);
        if (node is null) return false;
        if (node is YamlScalarNode { Value: "true" or "false" } scalar && scalar.Style == ScalarStyle.Plain)
        {
            return scalar.Value == "true";
        }

        var shown = node is YamlScalarNode s ? $"'{s.Value}'" : Describe(node);
        Error(DiagnosticCodes.QuizInvalidValue, node, $"'{key}' of {owner} must be true or false, not {shown}",
            $"write '{key}: true', or leave the key out for false");
        return false;
    }

    /// <summary>A Markdown text and where its first line starts, so links inside it can be reported at their real position.</summary>
    public QuizText Text(YamlScalarNode node)
    {
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var first = line;
            while (first < _lines.Length && _lines[first].Trim().Length == 0) first++;
            var indent = first < _lines.Length ? _lines[first].Length - _lines[first].TrimStart(' ').Length : 0;
            return new QuizText(node.Value ?? "", File, line + 1, indent);
        }

        var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new QuizText(node.Value ?? "", File, line, column - 1 + quoted);
    }

    private void ReportSyntax(YamlException ex)
    {
        var line = (int)ex.Start.Line;
        var column = (int)ex.Start.Column;
        var message = PositionPrefix().Replace(ex.Message, "").Trim();
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var text = line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";
            var key = column >= 1 && column <= text.Length ? text[(column - 1)..].Split(':')[0].Trim() : "";
            Diagnostics.Error(DiagnosticCodes.QuizSyntax, File, line, column, $"key '{key}' appears twice in the same item",
                "keep one of them: each key may appear once per question, option or basis");
            return;
        }

        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message.TrimEnd('.')).Replace('\n', ' ');
        Diagnostics.Error(DiagnosticCodes.QuizSyntax, File, line, column, $"invalid YAML: {message}",
            "check the indentation (spaces, not tabs), and put text that contains ': ' or starts with a symbol in quotes, or use 'key: |' and indented lines");
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of keys",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "this value",
    };

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
