using System.Text;

namespace NeutralitasKb.Benchmarks.Corpus;

/// <summary>
/// Deterministic Indonesian-looking Markdown in the shapes our guidance pages use: articles with explicit
/// <c>{#pasal-N}</c> anchors, sub-headings with generated ids, callouts that cite another page's article, pipe
/// tables, nested and ordered lists, emphasis, inline code and external links.
/// </summary>
public sealed class PageText(Random random, IReadOnlyList<PlannedPage> linkTargets, ILookup<string, PlannedPage> byFolder)
{
    private static readonly string[] Words =
    [
        "aparatur", "sipil", "negara", "netralitas", "pemilihan", "kepala", "daerah", "kampanye", "calon", "pasangan",
        "jabatan", "fasilitas", "dinas", "pegawai", "pemerintah", "larangan", "sanksi", "disiplin", "hukuman", "ringan",
        "sedang", "berat", "teguran", "lisan", "tertulis", "pernyataan", "penurunan", "pangkat", "pembebasan", "kegiatan",
        "media", "sosial", "unggahan", "komentar", "tanda", "suka", "berbagi", "foto", "atribut", "partai", "politik",
        "keputusan", "tindakan", "menguntungkan", "merugikan", "selama", "masa", "sebelum", "sesudah", "keluarga", "suami",
        "istri", "anak", "rapat", "undangan", "pertemuan", "ajakan", "imbauan", "seruan", "pemberian", "barang", "kantor",
        "kendaraan", "anggaran", "program", "bantuan", "warga", "desa", "kecamatan", "kabupaten", "kota", "provinsi",
        "laporan", "pengawas", "pemilu", "bukti", "saksi", "pemeriksaan", "rekomendasi", "komisi", "badan", "kepegawaian",
    ];

    /// <summary>About the length of one generated article, so the last one does not overshoot the target by much.</summary>
    private const int ArticleChars = 2400;

    private static readonly string[] CalloutTypes = ["dilarang", "boleh", "sanksi", "contoh", "catatan", "dasar-hukum"];

    public string Word() => Words[random.Next(Words.Length)];

    public string Phrase(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

    public string Sentence()
    {
        var text = Phrase(random.Next(8, 19));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>A body of at least <paramref name="targetChars"/> characters and <see cref="CorpusPlan.MinArticles"/> articles.</summary>
    public string Body(PlannedPage page, int targetChars)
    {
        var md = new StringBuilder(targetChars + 2048);
        md.Append(Paragraph(3)).Append("\n\n");
        for (var article = 1; article <= CorpusPlan.MinArticles || md.Length < targetChars - ArticleChars; article++)
        {
            Article(md, page, article);
        }

        while (md.Length < targetChars)
        {
            md.Append(Paragraph(3)).Append("\n\n");
        }

        return md.ToString();
    }

    private void Article(StringBuilder md, PlannedPage page, int n)
    {
        md.Append("## Pasal ").Append(n).Append(' ').Append(Phrase(2)).Append(" {#pasal-").Append(n).Append("}\n\n");
        md.Append(Paragraph(2)).Append(' ').Append(Link()).Append(' ').Append(Sentence()).Append("\n\n");
        md.Append("### ").Append(char.ToUpperInvariant(Word()[0])).Append(Word()[1..]).Append(' ').Append(Phrase(2)).Append("\n\n");
        md.Append("- ").Append(Sentence()).Append(' ').Append(Link()).Append('\n');
        md.Append("- **").Append(Phrase(2)).Append("**: ").Append(Sentence()).Append('\n');
        md.Append("  - ").Append(Sentence()).Append('\n');
        md.Append("  - *").Append(Phrase(3)).Append("* dan `").Append(Word()).Append("`\n");
        md.Append("- ").Append(Sentence()).Append("\n\n");

        var type = CalloutTypes[random.Next(CalloutTypes.Length)];
        md.Append("::: ").Append(type).Append(random.Next(2) == 0 ? "" : " " + Phrase(2)).Append('\n');
        md.Append(Paragraph(2)).Append('\n').Append(Link()).Append("\n:::\n\n");

        if (n % 2 == 1)
        {
            Table(md);
        }

        md.Append("1. ").Append(Sentence()).Append('\n');
        md.Append("2. ").Append(Sentence()).Append(' ').Append(SiblingLink(page)).Append('\n');
        md.Append("3. ").Append(Sentence()).Append("\n\n");
        md.Append(Paragraph(3)).Append(" Lihat juga [laman resmi](https://www.bkn.go.id/").Append(Word()).Append(").\n\n");
    }

    private void Table(StringBuilder md)
    {
        md.Append("| Pelanggaran | Dasar hukum | Jenis hukuman | Keterangan |\n|---|---|---|---|\n");
        for (var row = 0; row < 5; row++)
        {
            md.Append("| ").Append(Phrase(3)).Append(" | ").Append(Link()).Append(" | ").Append(Phrase(2)).Append(" | ").Append(Phrase(5)).Append(" |\n");
        }

        md.Append('\n');
    }

    private string Paragraph(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence()));

    /// <summary>A root link to an article of another content page, as guidance pages cite the regulations.</summary>
    public string Link()
    {
        var target = linkTargets[random.Next(linkTargets.Count)];
        return $"[{Phrase(2)}]({target.Url}#pasal-{random.Next(1, CorpusPlan.MinArticles + 1)})";
    }

    /// <summary>A relative <c>.md</c> link to a content page in the same folder (resolved by RenderMarkdown), else a root link.</summary>
    private string SiblingLink(PlannedPage page)
    {
        var siblings = byFolder[page.Folder].ToList();
        var sibling = siblings.Count == 0 ? page : siblings[random.Next(siblings.Count)];
        return sibling != page && sibling.Kind == PageKind.Topic && page.Kind == PageKind.Topic
            ? $"[{Phrase(2)}]({sibling.FileName}#pasal-1)"
            : Link();
    }
}
