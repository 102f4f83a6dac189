using System.Text.RegularExpressions;
using NeutralitasKb.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NeutralitasKb.Sources;

/// <summary>
/// Reads YAML into typed documents and turns every YamlDotNet failure into a diagnostic with the real file
/// position (syntax, unknown key with a suggestion, wrong type). Built once; deserializers are thread-safe.
/// </summary>
public static partial class YamlReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>The code set a caller reports under: one for syntax, one for unknown keys, one for wrong values.</summary>
    public sealed record Codes(string Syntax, string UnknownKey, string InvalidValue);

    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after the '---' line).</param>
    public static T? Read<T>(string yaml, string file, int lineOffset, Codes codes, DiagnosticBag diagnostics, Func<string, IEnumerable<string>> knownKeys)
        where T : class
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml);
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + lineOffset;
            var column = (int)ex.Start.Column;
            var unknown = UnknownPropertyPattern().Match(ex.Message);
            if (unknown.Success)
            {
                var key = unknown.Groups["key"].Value;
                var type = unknown.Groups["type"].Value;
                var known = knownKeys(type).ToList();
                var suggestion = Suggest.Closest(key, known);
                var fix = suggestion is null
                    ? $"remove it, or use one of: {string.Join(", ", known)}"
                    : $"did you mean '{suggestion}'? Known keys here: {string.Join(", ", known)}";
                diagnostics.Error(codes.UnknownKey, file, line, column, $"unknown key '{key}'", fix);
                return null;
            }

            if (ex.InnerException is not null || ex.Message.StartsWith("Exception during deserialization", StringComparison.Ordinal))
            {
                var (key, value) = KeyAndValue(yaml, (int)ex.Start.Line);
                var expected = key is null ? null : PropertyType(typeof(T), key);
                if (expected is not null)
                {
                    var (kind, example) = Describe(expected);
                    diagnostics.Error(codes.InvalidValue, file, line, column, $"'{key}' must be {kind}, not '{value}'", example);
                    return null;
                }

                var detail = ex.InnerException?.Message ?? ex.Message;
                diagnostics.Error(codes.InvalidValue, file, line, column, $"value has the wrong type: {FirstSentence(detail)}",
                    "check the value's type: numbers without quotes, lists in [ ] or '- item' lines, text in quotes if it contains ': '");
                return null;
            }

            var duplicate = DuplicateKeyPattern().Match(ex.Message);
            if (duplicate.Success)
            {
                diagnostics.Error(codes.Syntax, file, line, column, $"key '{duplicate.Groups["key"].Value}' is written twice",
                    "keep one of the two lines");
                return null;
            }

            if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && LineWithTabIndent(yaml) is { } tabLine)
            {
                diagnostics.Error(codes.Syntax, file, tabLine + lineOffset, 1, "a tab is used to indent",
                    "indent with spaces (two per level), never with tabs");
                return null;
            }

            if (ex.Message.Contains("mapping", StringComparison.Ordinal) && KeyAndValue(yaml, (int)ex.Start.Line) is ({ } key2, var value2)
                && value2.Contains(": ", StringComparison.Ordinal))
            {
                diagnostics.Error(codes.Syntax, file, line, column, $"the value of '{key2}' contains ': ', which YAML reads as another key",
                    $"put the value in quotes: {key2}: \"{value2.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
                return null;
            }

            diagnostics.Error(codes.Syntax, file, line, column, $"invalid YAML: {FirstSentence(ex.Message)}",
                "check indentation (spaces, not tabs), and put text that contains ': ' or starts with a symbol in quotes");
            return null;
        }
    }

    /// <summary>Public property names of a document type, as YAML keys (camelCase).</summary>
    public static IEnumerable<string> KeysOf(Type type) =>
        type.GetProperties().Select(p => CamelCaseNamingConvention.Instance.Apply(p.Name));

    /// <summary>The key and value written on a 1-based line of the YAML text ("- " list markers skipped).</summary>
    private static (string? Key, string Value) KeyAndValue(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        if (line < 1 || line > lines.Length) return (null, "");
        var match = KeyValuePattern().Match(lines[line - 1]);
        return match.Success ? (match.Groups["key"].Value, match.Groups["value"].Value.Trim()) : (null, "");
    }

    private static int? LineWithTabIndent(string yaml)
    {
        var index = Array.FindIndex(yaml.Split('\n'), l => l.Length > 0 && char.IsWhiteSpace(l[0]) && l.TrimEnd().Length > 0 && l[..(l.Length - l.TrimStart().Length)].Contains('\t'));
        return index < 0 ? null : index + 1;
    }

    /// <summary>The declared type of a YAML key anywhere in a document type (keys are unique enough for a message).</summary>
    private static Type? PropertyType(Type root, string key)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([root]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type)) continue;
            foreach (var property in type.GetProperties())
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (CamelCaseNamingConvention.Instance.Apply(property.Name) == key) return propertyType;
                var element = propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
                if (element.IsClass && element != typeof(string)) queue.Enqueue(element);
            }
        }

        return null;
    }

    private static (string Kind, string Example) Describe(Type type)
    {
        if (type == typeof(int)) return ("a whole number", "write digits only, without quotes, e.g. '10'");
        if (type == typeof(bool)) return ("true or false", "write true or false");
        if (type == typeof(string)) return ("a text", "write the text on the same line, in quotes if it contains ': '");
        if (type.IsGenericType) return ("a list", "write the items in [ ] separated by commas, or one '- item' per line below the key");
        return ("a group of keys", "put its keys on the lines below it, indented by two spaces");
    }

    private static string FirstSentence(string message)
    {
        var trimmed = message.Trim();
        var cut = trimmed.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? trimmed[..cut] : trimmed.TrimEnd('.')).Replace('\n', ' ');
    }

    [GeneratedRegex(@"^\s*(-\s+)?(?<key>[A-Za-z][\w-]*)\s*:(\s+(?<value>.*))?$")]
    private static partial Regex KeyValuePattern();

    [GeneratedRegex(@"duplicate key (?<key>\S+)")]
    private static partial Regex DuplicateKeyPattern();

    [GeneratedRegex(@"Property '(?<key>[^']*)' not found on type '(?<type>[^']*)'")]
    private static partial Regex UnknownPropertyPattern();
}
