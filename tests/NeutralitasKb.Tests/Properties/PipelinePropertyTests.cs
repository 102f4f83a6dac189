using System.Text;
using AngleSharp;
using AngleSharp.Html.Parser;
using FsCheck.Xunit;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Html;
using NeutralitasKb.Markdown;
using NeutralitasKb.Sources;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Properties;

/// <summary>
/// Whatever an editor writes, a page ends as a page or as a clear diagnostic: never an exception, an internal
/// error, a stack trace, a position outside the file, or a hang (each case has a time limit).
/// </summary>
public sealed class PipelinePropertyTests
{
    /// <summary>Cases through decoding, front matter, Markdown and HTML post-processing; CI runs all of them (about 10 s).</summary>
    public const int PageCases = 5000;

    /// <summary>Whole-site builds are slower (layouts compiled, QR codes, files written: about 0.1 s each): fewer cases.</summary>
    public const int SiteCases = 40;

    /// <summary>Generous on a shared, busy machine: a case takes milliseconds; only a hang comes near.</summary>
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan SiteTimeout = TimeSpan.FromSeconds(120);

    private static readonly SourceFile Source = new("halaman.md", "/nonexistent/input/halaman.md", SourceOrigin.Input, "input/halaman.md");

    private static readonly IReadOnlyDictionary<string, string> UrlBySource =
        new Dictionary<string, string> { ["halaman.md"] = "/halaman/", ["sanksi.md"] = "/sanksi/" };

    private static readonly MarkdownConverter Converter = new(TestSettings.Create());

    private static readonly MarkdownConverter TrustedConverter = new(TestSettings.Create(allowRawHtml: true,
        allowedTags: ["b", "i", "p", "div", "a", "img", "table", "tr", "td", "details", "svg", "math", "mi"]));

    [Property(MaxTest = PageCases, Arbitrary = [typeof(Arbitraries)])]
    public void Any_page_source_ends_in_a_page_or_a_clear_diagnostic(PageText text)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = WithinTimeLimit(() => Render(text.Text, Converter, diagnostics), PageTimeout, text);
        if (rendered is null)
        {
            Assert.True(diagnostics.HasErrors, "the page was refused without an error" + text);
        }

        AssertClear(diagnostics.Sorted(), text.Text, text);
    }

    [Property(MaxTest = PageCases / 10, Arbitrary = [typeof(Arbitraries)])]
    public void Trusted_raw_html_never_lets_script_or_event_handlers_through(PageText text)
    {
        var diagnostics = new DiagnosticBag();
        var html = WithinTimeLimit(() => Render(text.Text, TrustedConverter, diagnostics), PageTimeout, text);
        AssertClear(diagnostics.Sorted(), text.Text, text);
        if (html is null) return;
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, style"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}> survived" + text);
                Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"a javascript: URL survived in <{element.LocalName}>" + text);
            }
        }
    }

    [Property(MaxTest = SiteCases, Arbitrary = [typeof(Arbitraries)])]
    public void Any_page_source_builds_a_site_or_fails_with_clear_diagnostics(PageText text)
    {
        using var site = new TestSite("""
            -- input/index.md --
            ---
            title: Beranda
            description: d
            reviewed: 2026-11-23
            ---
            Lihat [halaman](/halaman/).
            -- input/sanksi.md --
            ---
            title: Sanksi
            description: d
            slug: sanksi
            reviewed: 2026-11-23
            ---
            ## Berat {#berat}
            """);
        site.Write("input/halaman.md", text.Text);
        var result = WithinTimeLimit(() => site.Build(), SiteTimeout, text);
        AssertClear(result.Diagnostics, text.Text, text);
        var messages = site.Messages(result);
        Assert.True(result.Succeeded == site.OutputExists("index.html"), "output exists exactly when the build succeeded:\n" + string.Join("\n", messages) + text);
        Assert.Empty(site.LeftoversBesideOutput());
    }

    /// <summary>
    /// The page's bytes as a file holds them, decoded as the build reads them, then front matter, Markdown and the
    /// HTML post-processor; null when a stage refused the page.
    /// </summary>
    private static string? Render(string text, MarkdownConverter converter, DiagnosticBag diagnostics)
    {
        var decoded = SourceText.Decode(Encoding.UTF8.GetBytes(text), Source.DisplayPath, diagnostics);
        if (decoded is null) return null;
        var page = ParsePages.Parse(Source, decoded, diagnostics);
        if (page is null) return null;
        var result = converter.Convert(page.Body, page.Display, page.BodyLine, diagnostics,
            href => RenderMarkdown.ResolveMarkdownLink(href, Source.RelativePath, UrlBySource));
        if (!result.Ok)
        {
            Assert.True(diagnostics.HasErrors, "the Markdown was refused without an error");
            return null;
        }

        var html = $"<!doctype html><html><body><main>{result.Html}</main></body></html>";
        var parser = new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default));
        return PostProcessHtml.Process(page with { Html = html }, parser, "/").Html;
    }

    private static void AssertClear(IEnumerable<Diagnostic> diagnostics, string text, PageText source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
        foreach (var d in diagnostics)
        {
            var line = d.ToString();
            Assert.True(d.Code != DiagnosticCodes.InternalError, line + source);
            Assert.Matches("^NKB[1-8][0-9]{3}$", d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Message) || string.IsNullOrWhiteSpace(d.Fix), "message and fix are required: " + line + source);
            Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
            if (d.File == Source.DisplayPath)
            {
                Assert.True(d.Line >= 0 && d.Line <= lines + 1 && d.Column >= 0, $"position outside the file ({lines} lines): {line}" + source);
            }
        }
    }

    private static T WithinTimeLimit<T>(Func<T> run, TimeSpan limit, PageText text)
    {
        var task = Task.Run(run);
        if (!task.Wait(limit))
        {
            Assert.Fail($"no result after {limit.TotalSeconds} s (a hang?)" + text);
        }

        return task.Result;
    }
}
