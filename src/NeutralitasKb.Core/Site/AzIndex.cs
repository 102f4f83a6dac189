using NeutralitasKb.Search;

namespace NeutralitasKb.Site;

/// <summary>
/// The A–Z topic index: every page title, front matter keyword and section heading (h2) of the searchable pages,
/// plus the readers' words from synonyms.yml ("medsos") next to the topic they lead to ("media sosial"), so readers
/// without JavaScript, or whose search found nothing, still reach every topic.
/// </summary>
public static class AzIndex
{
    public sealed record Entry(string Term, string Url, string PageTitle, string? See);

    public const string DigitsLetter = "0–9";

    public static IReadOnlyList<Entry> Entries(IReadOnlyList<Page> pages, SynonymSet synonyms)
    {
        var entries = new List<Entry>();
        foreach (var page in pages.Where(p => p.Meta.Search && p.Meta.Layout != "az-index"))
        {
            var title = page.Meta.Title;
            if (!page.IsHome) entries.Add(new Entry(title, page.Url, title, null));
            foreach (var keyword in page.Meta.Keywords) entries.Add(new Entry(keyword, page.Url, title, null));

            // The regulations' pages are indexed by title and keywords only: their headings are article numbers.
            if (page.Url.StartsWith("/dasar-hukum/", StringComparison.Ordinal)) continue;
            foreach (var heading in page.Headings.Where(h => h.Level == 2))
            {
                entries.Add(new Entry(heading.Text, page.Url + "#" + heading.Id, title, null));
            }
        }

        entries = entries
            .Where(e => e.Term.Trim().Length > 0)
            .DistinctBy(e => (SynonymSet.Normalize(e.Term), e.Url))
            .ToList();
        entries.AddRange(ReaderWords(entries, synonyms));
        return entries
            .OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.PageTitle, StringComparer.Ordinal)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A synonym that is not itself in the index points to the pages of the first word of its group that is.</summary>
    private static IEnumerable<Entry> ReaderWords(IReadOnlyList<Entry> entries, SynonymSet synonyms)
    {
        var byTerm = entries.ToLookup(e => SynonymSet.Normalize(e.Term), StringComparer.Ordinal);
        foreach (var group in synonyms.Groups)
        {
            var target = group.FirstOrDefault(word => byTerm.Contains(SynonymSet.Normalize(word)));
            if (target is null) continue;
            foreach (var word in group.Where(w => !byTerm.Contains(SynonymSet.Normalize(w))))
            {
                foreach (var entry in byTerm[SynonymSet.Normalize(target)])
                {
                    yield return new Entry(word, entry.Url, entry.PageTitle, entry.Term);
                }
            }
        }
    }

    public static string Letter(string term)
    {
        var trimmed = term.TrimStart('"', '\'', '(', '“', '‘', '#', ' ');
        if (trimmed.Length == 0) return DigitsLetter;
        var first = char.ToUpperInvariant(trimmed[0]);
        return first is >= 'A' and <= 'Z' ? first.ToString() : DigitsLetter;
    }

    public static string LetterId(string letter) => "huruf-" + (letter == DigitsLetter ? "angka" : letter.ToLowerInvariant());
}
