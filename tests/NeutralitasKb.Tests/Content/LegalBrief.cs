using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Content;

/// <summary>
/// The legal fact sheet (shared/content/legal.md beside the repository), read as an allow-list of
/// (regulation, article) pairs. Each "Pasal" mention is attributed with the same rules as the site's content
/// (see <see cref="ArticleMentions"/>); a line without a regulation takes the regulations of its "###" section heading.
/// </summary>
public sealed class LegalBrief
{
    /// <summary>
    /// Pairs the attribution rules read into the brief that it does not state: "PP 94/2021 … (Pasal 75)" in a row about
    /// UU 20/2023, and "Pasal 71(1) jo. 188 UU Pilkada", which names the three Pilkada laws at once.
    /// </summary>
    private static readonly (string, string)[] Misreadings =
    [
        ("PP 94/2021", "75"), ("UU 8/2015", "71"), ("UU 8/2015", "188"), ("UU 10/2016", "188"),
    ];

    private readonly HashSet<(string Regulation, string Article)> _pairs = [];
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);

    public static string DefaultPath => Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "content", "legal.md"));

    public static LegalBrief Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The legal fact sheet is missing at {path}. The fact guard needs it: check out the shared folder beside the " +
                "repository (shared/content/legal.md), as CI does. The test never skips without it.", path);
        }

        return Parse(File.ReadAllLines(path));
    }

    public static LegalBrief Parse(IEnumerable<string> lines)
    {
        var brief = new LegalBrief();
        IReadOnlySet<string> section = new HashSet<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = ArticleMentions.Regulations(line).SelectMany(r => r.Ids).ToHashSet(StringComparer.Ordinal);
            }

            // Table rows: each cell is its own scope, so a regulation in one column does not claim another column's articles.
            var cells = line.TrimStart().StartsWith('|') ? line.Split('|') : [line];
            foreach (var cell in cells)
            {
                foreach (var mention in ArticleMentions.Find(cell, 0, section))
                {
                    foreach (var article in mention.Articles)
                    {
                        brief._articles.Add(article);
                        foreach (var regulation in mention.Regulations) brief._pairs.Add((regulation, article));
                    }
                }
            }
        }

        brief._pairs.ExceptWith(Misreadings);
        return brief;
    }

    public IReadOnlySet<(string Regulation, string Article)> Pairs => _pairs;

    public bool Allows(string regulation, string article) => _pairs.Contains((regulation, article));

    /// <summary>A mention is confirmed when one of its possible regulations has the article in the brief; a mention
    /// with no regulation nearby only needs the article number to appear somewhere in the brief.</summary>
    public bool Confirms(ArticleMention mention, string article) =>
        mention.IsAttributed ? mention.Regulations.Any(r => Allows(r, article)) : _articles.Contains(article);

    public IEnumerable<string> ArticlesOf(string regulation) =>
        _pairs.Where(p => p.Regulation == regulation).Select(p => p.Article).OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal);
}
