using System.Net;
using System.Text.RegularExpressions;
using NeutralitasKb.Site;

namespace NeutralitasKb.Search;

/// <summary>
/// The words of the searchable pages, to tell which synonyms the search can find. Pagefind stems Indonesian and
/// matches word beginnings, so a synonym counts as present when each of its words starts a page word ("ktp" in
/// "ktp-nya"), is inside one ("unggah" in "mengunggah", from four letters on) or a page word is its stem ("posting"
/// for "postingan").
/// </summary>
public sealed partial class SiteWords
{
    private readonly HashSet<string> _words;

    public SiteWords(IEnumerable<string> texts)
    {
        _words = texts.SelectMany(t => SynonymSet.Normalize(t).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
    }

    public static SiteWords Of(IEnumerable<Page> pages) =>
        new(pages
            .Where(p => !p.Failed && p.RedirectTo is null && p.Meta.Search)
            .SelectMany(p => p.Meta.Keywords.Append(p.Meta.Title).Append(p.Meta.Description).Append(Text(p.ContentHtml))));

    public bool Contains(string term) =>
        SynonymSet.Normalize(term).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(HasWord);

    private bool HasWord(string word) =>
        _words.Contains(word)
        || _words.Any(w => w.StartsWith(word, StringComparison.Ordinal)
                           || (word.Length >= 4 && w.Contains(word, StringComparison.Ordinal))
                           || (w.Length >= 4 && word.Length - w.Length <= 3 && word.StartsWith(w, StringComparison.Ordinal)));

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
