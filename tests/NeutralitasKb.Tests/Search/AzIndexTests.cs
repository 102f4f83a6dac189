using AngleSharp.Html.Parser;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Search;

public sealed class AzIndexTests
{
    private const string Content = """
        -- input/media-sosial.md --
        ---
        title: Media sosial
        description: Panduan media sosial.
        slug: media-sosial
        reviewed: 2026-11-23
        keywords: [like, media sosial, "2 jari"]
        ---
        ## Foto dan pose tangan {#pose-tangan}
        Dilarang.
        -- input/dasar-hukum.md --
        ---
        title: PP 94/2021
        description: Peraturan disiplin.
        slug: dasar-hukum
        reviewed: 2026-11-23
        ---
        ## Pasal 5 {#pasal-5}
        Teks.
        -- input/synonyms.yml --
        synonyms:
          - [medsos, media sosial]
          - [zebra, kuda belang]
        """;

    [Fact]
    public void Index_lists_titles_keywords_headings_and_readers_words_under_every_letter()
    {
        using var site = new TestSite(RealThemePages.With(Content), realTheme: true);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var index = new HtmlParser().ParseDocument(site.Output("indeks/index.html"));

        var letters = index.QuerySelectorAll(".az-letters li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["0–9", .. Enumerable.Range('A', 26).Select(c => ((char)c).ToString())], letters);
        Assert.NotNull(index.QuerySelector(".az-letters a[href='#huruf-m']"));
        Assert.Null(index.QuerySelector(".az-letters a[href='#huruf-z']"));
        Assert.NotNull(index.QuerySelector(".az-letters .az-none"));

        string Entry(string term) => index.QuerySelectorAll(".az-entries li").Select(li => li.TextContent.Trim())
            .FirstOrDefault(t => t.StartsWith(term, StringComparison.Ordinal)) ?? "";
        string Href(string term) => index.QuerySelectorAll(".az-entries a").FirstOrDefault(a => a.TextContent == term)?.GetAttribute("href") ?? "";

        Assert.Equal("../media-sosial/", Href("like"));
        Assert.Equal("../media-sosial/#pose-tangan", Href("Foto dan pose tangan"));
        Assert.Equal("../media-sosial/", Href("medsos"));
        Assert.Contains("(lihat: Media sosial)", Entry("medsos"), StringComparison.Ordinal);
        Assert.Equal("../media-sosial/", Href("2 jari"));
        Assert.NotNull(index.QuerySelector("#huruf-angka"));
        Assert.Equal("", Href("zebra"));
        Assert.Equal("", Href("Pasal 5"));
        Assert.Equal("", Href("Indeks A–Z"));
        Assert.Equal("Media sosial", Entry("Media sosial"));
    }
}
