using System.Text.RegularExpressions;

namespace NeutralitasKb.Tests.Content;

/// <summary>One "Pasal N" mention: where it is, the article numbers it names, and the regulations it may belong to.</summary>
public sealed record ArticleMention(int Line, string Text, IReadOnlyList<string> Articles, IReadOnlySet<string> Regulations)
{
    public bool IsAttributed => Regulations.Count > 0;
}

/// <summary>
/// Finds article mentions ("Pasal 5 huruf n", "Pasal 12–14", "Pasal 280(3) jo. 494", "Pasal 56, 59(3)") in a line
/// of Indonesian legal prose, and the regulation each belongs to, using the same rules for the legal brief and for
/// the site's Markdown:
/// 1. a regulation written right after the mention ("Pasal 26 ayat (2) huruf d UU 20/2023", "Pasal 189 (UU 8/2015)");
/// 2. in a Markdown link, a regulation in the link text before the mention, else the linked Dasar hukum page;
/// 3. the nearest regulation written before the mention in the same sentence of the line (table cell);
/// 4. the context: the brief's section heading, or the Dasar hukum page the line is on.
/// Regulations are normalised to "UU 20/2023", "PP 94/2021", "Perpres 91/2024", "SE MenPANRB 4/2024".
/// </summary>
public static partial class ArticleMentions
{
    /// <summary>Regulations named without their year ("PP 94") or by name ("UU Pemilu") resolve through this list.</summary>
    public static readonly IReadOnlyList<string> KnownRegulations =
    [
        "UU 20/2023", "UU 5/2014", "UU 7/2017", "UU 1/2015", "UU 8/2015", "UU 10/2016", "UU 6/2014", "UU 3/2024",
        "PP 94/2021", "PP 53/2010", "PP 42/2004", "PP 37/2004", "PP 11/2017", "PP 49/2018",
    ];

    /// <summary>
    /// Regulations whose articles are another's: an amending law ("UU 3/2024 … Pasal 26" is UU 6/2014 Pasal 26 as
    /// amended) and a Perppu enacted as a law (Perppu 1/2014 became UU 1/2015).
    /// </summary>
    private static readonly Dictionary<string, string> Amends = new(StringComparer.Ordinal)
    {
        ["UU 3/2024"] = "UU 6/2014",
        ["Perpres 91/2024"] = "Perpres 47/2021",
        ["Perppu 1/2014"] = "UU 1/2015",
    };

    private static readonly Dictionary<string, string[]> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UU Pemilu"] = ["UU 7/2017"],
        ["UU Pilkada"] = ["UU 1/2015", "UU 8/2015", "UU 10/2016"],
        ["UU Desa"] = ["UU 6/2014"],
    };

    /// <summary>Regulations a Dasar hukum page is about, from its slug ("dasar-hukum/pp-94-2021").</summary>
    public static IReadOnlySet<string> RegulationsOfPage(string slugOrPath)
    {
        var match = PageSlug().Match(slugOrPath);
        if (!match.Success) return new HashSet<string>();
        var kind = match.Groups["kind"].Value.ToUpperInvariant() switch { "UU" => "UU", "PP" => "PP", _ => "Perpres" };
        var year = match.Groups["year"].Value;
        var ids = match.Groups["n"].Captures.Select(c => $"{kind} {c.Value}/{year}").ToList();
        return ids.Concat(ids.Where(Amends.ContainsKey).Select(id => Amends[id])).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every regulation named in the text, normalised, with its position.</summary>
    public static IEnumerable<(int Start, int End, IReadOnlySet<string> Ids)> Regulations(string text)
    {
        foreach (Match match in Regulation().Matches(text))
        {
            var ids = Normalise(match);
            if (ids.Count > 0) yield return (match.Index, match.Index + match.Length, ids);
        }
    }

    public static IReadOnlyList<ArticleMention> Find(string line, int lineNumber, IReadOnlySet<string> context)
    {
        var text = line.Replace("*", "", StringComparison.Ordinal).Replace('\u2013', '-').Replace('\u2014', '-');
        var regulations = Regulations(text).ToList();
        var links = MarkdownLink().Matches(text).Select(m => (Start: m.Index, TextEnd: m.Index + 1 + m.Groups["text"].Length, Url: m.Groups["url"].Value)).ToList();
        var mentions = new List<ArticleMention>();
        foreach (Match match in Article().Matches(text))
        {
            var articles = Articles(match);
            var end = match.Index + match.Length;
            var ids = Following(regulations, text, end)
                ?? InLink(links, regulations, match.Index)
                ?? regulations.LastOrDefault(r => r.End <= match.Index && !SentenceEnd().IsMatch(text[r.End..match.Index])).Ids
                ?? context;
            mentions.Add(new ArticleMention(lineNumber, match.Value.Trim(), articles, ids));
        }

        return mentions;
    }

    private static IReadOnlySet<string>? Following(List<(int Start, int End, IReadOnlySet<string> Ids)> regulations, string text, int end)
    {
        foreach (var regulation in regulations)
        {
            if (regulation.Start < end) continue;
            var between = text[end..regulation.Start];
            return FollowingGap().IsMatch(between) ? regulation.Ids : null;
        }

        return null;
    }

    private static IReadOnlySet<string>? InLink(List<(int Start, int TextEnd, string Url)> links, List<(int Start, int End, IReadOnlySet<string> Ids)> regulations, int position)
    {
        foreach (var link in links)
        {
            if (position < link.Start || position >= link.TextEnd) continue;
            var inText = regulations.LastOrDefault(r => r.Start > link.Start && r.End <= position).Ids;
            if (inText is not null) return inText;
            var ofPage = RegulationsOfPage(link.Url);
            return ofPage.Count > 0 ? ofPage : null;
        }

        return null;
    }

    private static List<string> Articles(Match match)
    {
        var articles = new List<string>();
        var numbers = match.Groups["n"].Captures.Select(c => c.Value).ToList();
        var joins = match.Groups["join"].Captures.Select(c => c.Value.Trim()).ToList();
        articles.Add(numbers[0]);
        for (var i = 1; i < numbers.Count; i++)
        {
            var join = joins[i - 1];
            var isRange = join is "-" or "s.d." or "hingga" || join.StartsWith("sampai", StringComparison.Ordinal);
            if (isRange && int.TryParse(numbers[i - 1], out var from) && int.TryParse(numbers[i], out var to) && to > from && to - from < 60)
            {
                for (var n = from + 1; n <= to; n++) articles.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                articles.Add(numbers[i]);
            }
        }

        return articles;
    }

    private static HashSet<string> Normalise(Match match)
    {
        if (match.Groups["name"].Success)
        {
            return Names[Regex.Replace(match.Groups["name"].Value, @"\s+", " ")].ToHashSet(StringComparer.Ordinal);
        }

        var kind = match.Groups["kind"].Value switch
        {
            "Undang-Undang" or "UU" => "UU",
            "Peraturan Pemerintah" or "PP" => "PP",
            "Peraturan Presiden" or "Perpres" => "Perpres",
            "Peraturan BKN" or "PerBKN" => "PerBKN",
            "Perppu" => "Perppu",
            _ => "SE MenPANRB",
        };
        var number = match.Groups["num"].Value;
        var year = match.Groups["year"].Value;
        if (year.Length > 0)
        {
            var id = $"{kind} {number}/{year}";
            return Amends.TryGetValue(id, out var amended) ? [id, amended] : [id];
        }

        return KnownRegulations.Where(r => r.StartsWith($"{kind} {number}/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"dasar-hukum/(?<kind>uu|pp|perpres)(?:-(?<n>\d+))+-(?<year>\d{4})(?:/|$|#|\.md$)", RegexOptions.IgnoreCase)]
    private static partial Regex PageSlug();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<url>[^)\s]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[.!?][""”)]?\s+(?:[A-Z""“(\[]|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*\(?\s*$")]
    private static partial Regex FollowingGap();

    [GeneratedRegex(
        @"(?<name>UU\s+(?:Pemilu|Pilkada|Desa))\b" +
        @"|\b(?<kind>Undang-Undang|Peraturan Pemerintah|Peraturan Presiden|Peraturan BKN|Surat Edaran MenPANRB|SE MenPANRB|UU|PP|Perpres|Perppu|PerBKN|SE)" +
        @"\s+(?:(?:Nomor|No\.)\s+(?<num>\d+)\s+Tahun\s+(?<year>\d{4})|(?<num>\d+)\s*/\s*(?<year>\d{4})|(?<num>\d+)\b(?!\s*/))")]
    private static partial Regex Regulation();

    /// <summary>
    /// "Pasal" and a number, its qualifiers (ayat, huruf, angka, "(3)(j)", a bare letter as in "Pasal 14 i"), then
    /// more article numbers joined by a list or range word, each with its own qualifiers.
    /// </summary>
    [GeneratedRegex(
        @"\b[Pp]asal\s+(?<n>\d+[A-Z]?)\b(?:" + Qualifiers + @")*" +
        @"(?:(?<join>\s*" + Connector + @"\s*)(?:[Pp]asal\s+)?" +
        @"(?<n>\d+[A-Z]?)\b(?!\s*(?:/|[Tt]ahun|hari|bulan|%|orang|kasus|\.\d))(?:" + Qualifiers + @")*)*")]
    private static partial Regex Article();

    /// <summary>Words that join article numbers (or ayat/huruf/angka) into a list or a range: ", 13, maupun 14", "16 sampai 25".</summary>
    private const string Connector =
        @"(?:[,;&]\s*(?:(?:dan|maupun|atau)\b)?|\bdan\b|\bmaupun\b|\batau\b|\bjo\.|-|\bsampai(?:\s+dengan)?\b|\bs\.d\.|\bhingga\b)";

    private const string Qualifiers =
        @"\s*\((?:\d+|[a-z])\)(?:\s*,\s*\((?:\d+|[a-z])\))*" +
        @"|\s+ayat\s+(?:\(\d+\)|\d+)(?:\s*" + Connector + @"\s*(?:\(\d+\)|\d+\b(?!\s*(?:/|[Tt]ahun))))*" +
        @"|\s+huruf\s+[a-z]\b(?:\s*" + Connector + @"\s*(?:huruf\s+)?[a-z]\b(?![\w-]))*" +
        @"|\s+angka\s+\d+\b(?:\s*" + Connector + @"\s*\d+\b(?!\s*(?:/|[Tt]ahun)))*" +
        @"|\s*,\s*(?:ayat|huruf|angka)\s+(?:\(\d+\)|\d+|[a-z])\b" +
        @"|\s+versi\s+(?:awal|lama|baru)\b" +
        @"|\s+[a-z](?![\w-])";
}
