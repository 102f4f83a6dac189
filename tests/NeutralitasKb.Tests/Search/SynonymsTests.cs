using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Search;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Search;

public sealed class SynonymsTests
{
    private static (SynonymSet Set, IReadOnlyList<string> Messages) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var set = SynonymsFile.Parse(yaml, "input/synonyms.yml", diagnostics);
        return (set, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Groups_are_read_as_written_in_both_list_styles()
    {
        var (set, messages) = Parse("""
            # comment
            synonyms:
              - [PNS, ASN, pegawai negeri sipil]
              - - medsos
                - media sosial
            """);
        Assert.Empty(messages);
        Assert.Equal([["PNS", "ASN", "pegawai negeri sipil"], ["medsos", "media sosial"]], set.Groups.Select(g => g.ToArray()).ToArray());
    }

    [Fact]
    public void An_empty_file_has_no_synonyms()
    {
        var (set, messages) = Parse("# nothing yet\n");
        Assert.Empty(messages);
        Assert.Empty(set.Groups);
    }

    [Theory]
    [InlineData("synonyms:\n  - [PNS, ASN\n", "input/synonyms.yml:3:1:")]
    [InlineData("synonyms:\n  - [a, b]\n   - [c, d]\n", "input/synonyms.yml:3:4:")]
    public void Broken_yaml_is_reported_at_its_line(string yaml, string location)
    {
        var (_, messages) = Parse(yaml);
        var message = Assert.Single(messages);
        Assert.StartsWith(location, message, StringComparison.Ordinal);
        Assert.Contains(": error NKB8003: invalid YAML: ", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sinonim:\n  - [a, b]\n", "input/synonyms.yml:1:1: error NKB8004: unknown key 'sinonim' — the only key is 'synonyms': put every group in its list")]
    [InlineData("synonyms:\n  - [PNS, ASN]\n  - [medsos]\n", "input/synonyms.yml:3:5: error NKB8005: the group 'medsos' has only one word — add the words that mean the same, or remove the group")]
    [InlineData("synonyms:\n  - [PNS, ASN]\n  - [asn, pegawai]\n", "input/synonyms.yml:3:6: error NKB8005: 'asn' is already in the group on line 2 — a word may belong to one group only: merge the two groups")]
    [InlineData("synonyms:\n  - PNS, ASN\n", "input/synonyms.yml:2:5: error NKB8005: a group must be a list of words — write the group in [ ], e.g. '- [medsos, media sosial]'")]
    [InlineData("synonyms:\n  - [PNS, '']\n", "input/synonyms.yml:2:11: error NKB8005: a group has an empty word — remove the empty item or write the word")]
    [InlineData("- [PNS, ASN]\n", "input/synonyms.yml:1:1: error NKB8005: the synonyms file must start with 'synonyms:' — write 'synonyms:' and below it one '- [word, other word]' line per group")]
    public void Invalid_groups_are_reported_with_line_column_and_fix(string yaml, string expected)
    {
        var (_, messages) = Parse(yaml);
        Assert.Equal([expected], messages);
    }

    [Fact]
    public void The_compiled_file_lists_each_group_with_the_words_the_pages_contain()
    {
        var set = new SynonymSet([["Medsos", "Media Sosial", "sosmed"], ["PNS", "ASN"], ["timses", "tim sukses"]]);
        var words = new SiteWords(["Larangan di media sosial bagi ASN."]);
        Assert.Equal(
            """{"groups":[{"words":["medsos","media sosial","sosmed"],"inSite":["media sosial"]},{"words":["pns","asn"],"inSite":["asn"]}]}""" + "\n",
            set.ToJson(words.Contains));
    }

    [Theory]
    [InlineData("Jangan mengunggah foto.", "unggah", true)]
    [InlineData("Jangan posting apa pun.", "postingan", true)]
    [InlineData("Fotokopi KTP-nya diminta.", "ktp", true)]
    [InlineData("Ditegakkan oleh atasan.", "gak", false)]
    [InlineData("Media sosial.", "medsos", false)]
    [InlineData("Media sosial.", "media sosial", true)]
    [InlineData("Media saja.", "media sosial", false)]
    public void A_synonym_counts_as_in_the_site_when_the_pages_have_a_form_of_each_of_its_words(string text, string term, bool expected)
    {
        Assert.Equal(expected, new SiteWords([text]).Contains(term));
    }

    [Fact]
    public void The_build_validates_synonyms_even_without_search()
    {
        using var site = new TestSite("""
            -- input/index.md --
            ---
            title: Beranda
            description: d
            reviewed: 2026-11-23
            ---
            Teks.
            -- input/synonyms.yml --
            synonyms:
              - [medsos]
            """);
        var result = site.Build(new BuildOptions { NodePath = "" });
        Assert.Contains("input/synonyms.yml:2:5: error NKB8005: the group 'medsos' has only one word — add the words that mean the same, or remove the group", site.Messages(result));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_default_synonyms_are_valid_and_cover_the_readers_words_of_the_brief()
    {
        var diagnostics = new DiagnosticBag();
        var set = SynonymsFile.Parse(File.ReadAllText(Repo.Path("input", "synonyms.yml")), "input/synonyms.yml", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        string[][] pairs = [["PNS", "ASN"], ["medsos", "media sosial"], ["paslon", "pasangan calon"], ["like", "suka"], ["share", "bagikan"],
            ["posting", "unggahan"], ["foto", "swafoto"], ["dua jari", "pose jari"], ["tukin", "tunjangan kinerja"], ["PTDH", "dipecat"],
            ["honorer", "PPNPN"], ["P3K", "PPPK"], ["WA", "WhatsApp"]];
        foreach (var pair in pairs)
        {
            Assert.Contains(set.Groups, g => pair.All(w => g.Contains(w, StringComparer.OrdinalIgnoreCase)));
        }
    }
}
