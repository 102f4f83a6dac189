using AngleSharp.Html.Parser;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Markdown;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Markdown;

public sealed class RawHtmlTests
{
    private const string Page = """
        -- input/index.md --
        ---
        title: Beranda
        description: d
        reviewed: 2026-11-23
        ---
        Teks <script>alert(1)</script> dan <img src=x onerror=alert(2)>.

        <script>alert(3)</script>
        """;

    [Fact]
    public void Raw_html_is_escaped_by_default_so_a_script_never_reaches_the_page()
    {
        using var site = new TestSite(Page);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var main = new HtmlParser().ParseDocument(site.Output("index.html")).QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(3)&lt;/script&gt;", main.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_raw_html_keeps_allowed_tags_and_markdown()
    {
        var html = Convert("Tekan <kbd>Ctrl</kbd>, **tebal** dan [tautan](/sanksi/).\n\n<details><summary>Lihat</summary>Isi</details>", out var diagnostics, "kbd", "details", "summary");
        Assert.Empty(diagnostics);
        Assert.Contains("<kbd>Ctrl</kbd>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>tebal</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Lihat</summary>Isi</details>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sanksi/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_raw_html_refuses_tags_not_in_the_allowed_list_with_the_line()
    {
        var html = Convert("Teks.\n\nLihat <iframe src=\"https://contoh.test\"></iframe> dan <script>alert(1)</script>.", out var diagnostics, "kbd");
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(
        [
            "input/x.md:7:7: error NKB3003: HTML tag <iframe> is not allowed — remove it, or add 'iframe' to 'html: allowedTags' in settings.yml if the site's editors trust it",
            "input/x.md:7:55: error NKB3003: HTML tag <script> is not allowed — remove it, or add 'script' to 'html: allowedTags' in settings.yml if the site's editors trust it",
        ], diagnostics);
    }

    [Fact]
    public void Event_handlers_styles_and_script_urls_are_removed_even_from_allowed_tags()
    {
        var html = Convert(
            "<kbd onclick=\"alert(1)\" style=\"color:red\">Ctrl</kbd> [x](javascript:alert(2)) <a href=\" JaVa&#x09;script:alert(3)\">y</a> <img src=\"data:text/html,x\" alt=\"z\">",
            out var diagnostics, "kbd");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("<kbd>Ctrl</kbd>", document.QuerySelector("kbd")!.OuterHtml);
        Assert.All(document.QuerySelectorAll("a, img"), e => Assert.Null(e.GetAttribute("href") ?? e.GetAttribute("src")));
        Assert.Contains(diagnostics, d => d.Contains("warning NKB3003: HTML attribute 'onclick' was removed", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("warning NKB3003: the 'javascript:' address in 'href' was removed", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public void Script_survives_only_when_listed_explicitly()
    {
        var html = Convert("<script src=\"/assets/js/peta.js\"></script>", out var diagnostics, "script");
        Assert.Empty(diagnostics);
        Assert.Contains("<script src=\"/assets/js/peta.js\"></script>", html, StringComparison.Ordinal);
    }

    private static string Convert(string markdown, out IReadOnlyList<string> messages, params string[] allowedTags)
    {
        var settings = TestSettings.Create(allowRawHtml: true, allowedTags);
        var diagnostics = new DiagnosticBag();
        var result = new MarkdownConverter(settings).Convert(markdown, "input/x.md", 5, diagnostics);
        messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        return result.Html;
    }
}
