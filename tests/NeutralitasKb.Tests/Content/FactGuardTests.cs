using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Content;

/// <summary>
/// Every article the content (pages and quiz questions) cites ("PP 94/2021 Pasal 14", "Pasal 188" on the UU 1/2015 page) must be one the legal
/// fact sheet (shared/content/legal.md, the site's only source of facts) cites for the same regulation.
/// </summary>
public sealed class FactGuardTests
{
    private static readonly Lazy<LegalBrief> Brief = new(() => LegalBrief.Load());

    [Fact]
    public void Legal_fact_sheet_is_beside_the_repository()
    {
        Assert.True(File.Exists(LegalBrief.DefaultPath),
            $"{LegalBrief.DefaultPath} is missing: the fact guard reads the legal fact sheet from shared/content/legal.md beside the repository.");
        Assert.True(Brief.Value.Pairs.Count > 100, $"only {Brief.Value.Pairs.Count} (regulation, article) pairs read from legal.md: did its format change?");
    }

    [Fact]
    public void Every_article_cited_in_the_content_is_in_the_legal_fact_sheet()
    {
        var brief = Brief.Value;
        var problems = new List<string>();
        var mentions = 0;
        var files = Directory.EnumerateFiles(Repo.Path("input"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.Path("input"), "*.yml", SearchOption.AllDirectories)); // quiz questions cite articles too
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            var context = ArticleMentions.RegulationsOfPage(relative);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var mention in ArticleMentions.Find(lines[i], i + 1, context))
                {
                    mentions++;
                    foreach (var article in mention.Articles.Where(a => !brief.Confirms(mention, a)))
                    {
                        problems.Add(Describe(relative, mention, article, brief));
                    }
                }
            }
        }

        Assert.True(mentions > 600, $"only {mentions} article mentions found in input/: is the scanner broken?");
        Assert.True(problems.Count == 0, $"{problems.Count} article citations are not in legal.md:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("PP 94/2021", "14")]
    [InlineData("PP 94/2021", "42")]
    [InlineData("PP 53/2010", "7")]
    [InlineData("UU 7/2017", "494")]
    [InlineData("UU 1/2015", "188")]
    [InlineData("UU 8/2015", "189")]
    [InlineData("UU 10/2016", "71")]
    [InlineData("UU 20/2023", "26")]
    [InlineData("PP 11/2017", "270")]
    [InlineData("Perpres 91/2024", "38A")]
    public void Articles_the_fact_sheet_cites_are_allowed(string regulation, string article) =>
        Assert.True(Brief.Value.Allows(regulation, article), $"{regulation} Pasal {article} should be read from legal.md");

    [Theory]
    [InlineData("PP 94/2021", "99")]
    [InlineData("PP 53/2010", "8")]
    [InlineData("UU 1/2015", "494")]
    [InlineData("UU 7/2017", "188")]
    [InlineData("UU 20/2023", "87")]
    [InlineData("PP 94/2021", "75")]
    [InlineData("UU 10/2016", "188")]
    public void Articles_the_fact_sheet_does_not_cite_are_refused(string regulation, string article) =>
        Assert.False(Brief.Value.Allows(regulation, article), $"{regulation} Pasal {article} is not in legal.md");

    [Theory]
    [InlineData("Lihat [PP 94/2021 Pasal 14 huruf i](/dasar-hukum/pp-94-2021/#pasal-14-huruf-i).", "PP 94/2021", "14")]
    [InlineData("selama peraturan belum berlaku ([Pasal 42](/dasar-hukum/pp-94-2021/#pasal-42)), yang dipakai PP 53/2010", "PP 94/2021", "42")]
    [InlineData("menyatakan Pasal 26 ayat (2) huruf d UU 20/2023 inkonstitusional", "UU 20/2023", "26")]
    [InlineData("| Pasal 189 (UU 8/2015): calon |", "UU 8/2015", "189")]
    [InlineData("UU 10/2016 Pasal 71(1) jo. UU 1/2015 Pasal 188", "UU 10/2016", "71")]
    [InlineData("UU 7/2017 Pasal 280(3) jo. 494", "UU 7/2017", "280,494")]
    [InlineData("PP 94 Pasal 26–28", "PP 94/2021", "26,27,28")]
    [InlineData("PP 94/2021 Pasal 5 huruf n angka 3, 4, 5, 6, dan 7", "PP 94/2021", "5")]
    [InlineData("PP 94/2021 Pasal 12, 13, maupun 14", "PP 94/2021", "12,13,14")]
    [InlineData("UU 20/2023 Pasal 52 ayat (3) huruf g & j, ayat (4)", "UU 20/2023", "52")]
    [InlineData("PP 94 Pasal 5 n angka 6, Pasal 14 i; UU 6/2014 Pasal 29 j", "PP 94/2021", "5,14")]
    [InlineData("Peraturan Pemerintah Nomor 11 Tahun 2017 Pasal 346", "PP 11/2017", "346")]
    [InlineData("pasal hukuman di UU Pemilu (Pasal 494)", "UU 7/2017", "494")]
    public void Article_mentions_are_read_with_their_regulation(string line, string regulation, string articles)
    {
        var mention = ArticleMentions.Find(line, 1, new HashSet<string>())[0];
        Assert.Contains(regulation, mention.Regulations);
        Assert.Equal(articles.Split(','), mention.Articles);
    }

    [Fact]
    public void A_mention_without_a_regulation_nearby_takes_the_pages_regulation()
    {
        var context = ArticleMentions.RegulationsOfPage("input/dasar-hukum/uu-1-2015.md");
        var mention = Assert.Single(ArticleMentions.Find("## Pasal 188: pidana bagi pejabat ASN {#pasal-188}", 3, context));
        Assert.Equal(["UU 1/2015"], mention.Regulations);
        Assert.True(Brief.Value.Confirms(mention, "188"));
        Assert.False(Brief.Value.Confirms(mention with { Articles = ["190"] }, "190"));
    }

    private static string Describe(string file, ArticleMention mention, string article, LegalBrief brief)
    {
        if (!mention.IsAttributed)
        {
            return $"{file}:{mention.Line}: \"{mention.Text}\": no regulation in legal.md has a Pasal {article}";
        }

        var known = mention.Regulations.Select(r => $"{r} has Pasal {string.Join(", ", brief.ArticlesOf(r))}");
        return $"{file}:{mention.Line}: \"{mention.Text}\" read as {string.Join(" or ", mention.Regulations)} Pasal {article}: not in legal.md ({string.Join("; ", known)})";
    }
}
