using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace NeutralitasKb.Search;

/// <summary>
/// Groups of words that mean the same to a reader ("medsos", "media sosial"). The search script tries each query
/// again with a group's other words; the A–Z index lists a reader's word next to the topic it leads to.
/// </summary>
public sealed class SynonymSet(IReadOnlyList<IReadOnlyList<string>> groups)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static SynonymSet Empty { get; } = new([]);

    /// <summary>Each group's words as written in synonyms.yml.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; } = groups;

    /// <summary>
    /// The form the search script compares with a reader's query: lower case, every run of characters other than
    /// letters, digits, '-' and '/' turned into one space. search.js normalizes the query the same way.
    /// </summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '/')
            {
                if (space && result.Length > 0) result.Append(' ');
                result.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The small JSON file search.js fetches when a reader starts searching. For each group, "words" are what a reader
    /// may type and "inSite" the ones the pages contain, which are the only ones worth searching for instead:
    /// {"groups":[{"words":["medsos","media sosial","sosmed"],"inSite":["media sosial"]},…]}.
    /// </summary>
    public string ToJson(Func<string, bool> inSite)
    {
        var groups = Groups
            .Select(g => g.Select(Normalize).ToList())
            .Select(words => new Dictionary<string, object> { ["words"] = words, ["inSite"] = words.Where(inSite).ToList() })
            .Where(g => ((List<string>)g["inSite"]).Count > 0)
            .ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["groups"] = groups }, Json) + "\n";
    }
}
