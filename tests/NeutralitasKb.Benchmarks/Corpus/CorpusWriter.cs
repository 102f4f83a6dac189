using System.Text;

namespace NeutralitasKb.Benchmarks.Corpus;

/// <summary>Writes a planned corpus (pages and settings.yml) into an input folder. Same count and seed, same bytes.</summary>
public static class CorpusWriter
{
    public const int Seed = 20261123;
    /// <summary>Body length of a content page: with its front matter, a page is about 16 KB.</summary>
    public const int TargetPageChars = (16 * 1024) - 400;

    public const string Settings = """
        title: Netralitas ASN
        description: Korpus uji kinerja yang dibangkitkan untuk tolok ukur generator.
        language: id
        baseUrl: https://kesbangpol.contohkab.go.id/netralitas/
        opd:
          name: Badan Kesatuan Bangsa dan Politik
          shortName: Kesbangpol
          region: Kabupaten Contoh
          primaryColor: "#0b4f8a"
        pilkada:
          name: Pilkada Serentak 2024
          date: 2024-11-27
        satgas:
          name: Satgas Netralitas ASN Kabupaten Contoh
          contacts:
            - name: Sekretariat Satgas
              role: Kesbangpol
              phone: "+62 21 555 0100"
              email: satgas@contohkab.go.id
        reporting:
          - name: Bawaslu Kabupaten Contoh
            url: https://contoh.bawaslu.go.id/
            description: Laporan dugaan pelanggaran pemilihan.
        search:
          enabled: false

        """;

    /// <summary>Writes the corpus and returns its Markdown size in bytes.</summary>
    /// <param name="layouts">Layouts the theme has; a page whose layout is missing falls back to 'page'.</param>
    public static long Write(CorpusPlan plan, string inputFolder, IReadOnlySet<string> layouts)
    {
        Directory.CreateDirectory(inputFolder);
        File.WriteAllText(Path.Combine(inputFolder, "settings.yml"), Settings);
        var random = new Random(Seed);
        var content = plan.ContentPages.ToList();
        var text = new PageText(random, content, content.ToLookup(p => p.Folder, StringComparer.Ordinal));
        var utf8 = new UTF8Encoding(false);
        long bytes = 0;
        foreach (var page in plan.Pages)
        {
            var markdown = FrontMatter(page, text, layouts) + Body(page, text);
            var path = Path.Combine(inputFolder, page.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var encoded = utf8.GetBytes(markdown);
            File.WriteAllBytes(path, encoded);
            bytes += encoded.Length;
        }

        return bytes;
    }

    private static string FrontMatter(PlannedPage page, PageText text, IReadOnlySet<string> layouts)
    {
        var md = new StringBuilder("---\n");
        md.Append("title: ").Append(page.Title).Append(page.Kind is PageKind.Topic or PageKind.Section ? " — " + text.Phrase(3) : "").Append('\n');
        md.Append("description: ").Append(text.Sentence()).Append('\n');
        if (page.Slug is not null) md.Append("slug: \"").Append(page.Slug).Append("\"\n");
        var stable = page.Path.Sum(c => c);
        md.Append("order: ").Append(10 + (stable % 500)).Append('\n');
        md.Append(System.Globalization.CultureInfo.InvariantCulture, $"reviewed: 2026-{1 + (stable % 12):00}-{1 + (stable % 28):00}\n");
        md.Append("keywords: [").Append(text.Word()).Append(", ").Append(text.Phrase(2)).Append(", ").Append(text.Word()).Append("]\n");
        if (page.Kind != PageKind.Home)
        {
            md.Append("layout: ").Append(layouts.Contains(page.Layout) ? page.Layout : "page").Append('\n');
        }

        if (page.Kind is PageKind.Helper or PageKind.NotFound) md.Append("toc: false\n");
        if (page.Kind == PageKind.NotFound) md.Append("nav: false\nsearch: false\n");
        return md.Append("---\n").ToString();
    }

    private static string Body(PlannedPage page, PageText text) => page.Kind switch
    {
        PageKind.Section or PageKind.Topic => text.Body(page, TargetPageChars),
        PageKind.Home => $"{text.Sentence()} {text.Sentence()}\n\n- {text.Link()}\n- {text.Link()}\n\n::: opd-kontak\n:::\n",
        _ => $"{text.Sentence()} {text.Sentence()}\n\n{text.Link()}\n",
    };
}
