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
                var detail = ex.InnerException?.Message ?? ex.Message;
                diagnostics.Error(codes.InvalidValue, file, line, column, $"value has the wrong type: {FirstSentence(detail)}",
                    "check the value's type: numbers without quotes, lists in [ ] or '- item' lines, text in quotes if it contains ': '");
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

    private static string FirstSentence(string message)
    {
        var trimmed = message.Trim();
        var cut = trimmed.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? trimmed[..cut] : trimmed.TrimEnd('.')).Replace('\n', ' ');
    }

    [GeneratedRegex(@"Property '(?<key>[^']*)' not found on type '(?<type>[^']*)'")]
    private static partial Regex UnknownPropertyPattern();
}
