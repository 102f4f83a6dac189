using NeutralitasKb.Diagnostics;
using NeutralitasKb.Markdown;
using NeutralitasKb.Site;

namespace NeutralitasKb.Tests.Markdown;

public sealed class MarkdownConverterTests
{
    private static readonly SiteSettings Settings = new()
    {
        Title = "Situs Uji",
        Opd = new OpdSettings("Dinas Uji", "Dinas", "Kabupaten Uji", null, "#0b4f8a"),
        Satgas = new SatgasSettings("Satgas", []),
    };

    private const string Text = """
        ## Pasal 5 {#pasal-5}

        ::: dilarang Seragam
        ### Di dalam callout
        Lihat [pasal](../dasar-hukum/pp.md#pasal-5).
        :::

        | a | b |
        |---|---|
        | [sel](/sanksi/) | x |

        ## Penutup
        """;

    [Fact]
    public void Headings_are_collected_in_document_order_from_every_container()
    {
        var result = new MarkdownConverter(Settings).Convert(Text, "input/x.md", 10, new DiagnosticBag());
        Assert.True(result.Ok);
        Assert.Equal(["pasal-5:2:10", "di-dalam-callout:3:13", "penutup:2:21"], result.Headings.Select(h => $"{h.Id}:{h.Level}:{h.Line}"));
    }

    [Fact]
    public void Links_everywhere_are_resolved_and_carry_their_source_line()
    {
        var result = new MarkdownConverter(Settings).Convert(Text, "input/x.md", 10, new DiagnosticBag(), href => href.Replace("../dasar-hukum/pp.md", "/dasar-hukum/pp/", StringComparison.Ordinal));
        Assert.Contains("href=\"/dasar-hukum/pp/#pasal-5\" data-nkb-line=\"14:7\"", result.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sanksi/\" data-nkb-line=\"19:3\"", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unknown_callout_is_reported_and_the_page_still_renders()
    {
        var diagnostics = new DiagnosticBag();
        var result = new MarkdownConverter(Settings).Convert("::: dilarng\na\n:::\n\n::: bolehh\nb\n:::\n", "input/x.md", 5, diagnostics);
        Assert.False(result.Ok);
        Assert.Equal(2, diagnostics.ErrorCount);
        Assert.Equal(["NKB3001 5", "NKB3001 9"], diagnostics.Sorted().Select(d => $"{d.Code} {d.Line}"));
        Assert.Contains("<p>b</p>", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_many_pages_at_once_gives_each_its_own_html()
    {
        var converter = new MarkdownConverter(Settings);
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = converter.Convert($"## Judul {i}\n\nTeks {i}.\n", "input/x.md", 1, new DiagnosticBag()).Html);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal($"<h2 id=\"judul-{i}\">Judul {i}</h2>\n<p>Teks {i}.</p>\n", results[i]);
        }
    }
}
