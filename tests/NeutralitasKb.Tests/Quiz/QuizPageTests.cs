using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Quiz;

/// <summary>The quiz page as the real theme renders it: the no-JavaScript quiz, and what quiz.js reads from it.</summary>
public sealed class QuizPageTests
{
    /// <summary>The pages the real theme links to, with the quiz page on the 'quiz' layout.</summary>
    private static readonly string Pages = RealThemePages.With("""
        -- input/kuis.md --
        ---
        title: Kuis swa-uji
        description: Uji diri Anda.
        slug: kuis
        reviewed: 2026-11-23
        layout: quiz
        toc: false
        ---
        Jawab skenario berikut.
        """);

    [Fact]
    public void Quiz_page_lists_every_scenario_with_its_options_and_the_answer_behind_a_reveal()
    {
        var (site, quiz) = BuildQuizPage();
        using var _ = site;
        Approvals.VerifyHtml(quiz.QuerySelector("main")!.OuterHtml);
    }

    [Fact]
    public void Quiz_page_loads_its_own_script_and_styles_and_no_other_page_does()
    {
        var (site, quiz) = BuildQuizPage();
        using var _ = site;
        Assert.Equal("../assets/js/quiz.js", quiz.QuerySelector("script[src$='quiz.js']")?.GetAttribute("src"));
        Assert.True(quiz.QuerySelector("script[src$='quiz.js']")!.HasAttribute("defer"));
        Assert.Equal("print", quiz.QuerySelector("link[href$='quiz-print.css']")?.GetAttribute("media"));
        Assert.NotNull(quiz.QuerySelector("link[href$='quiz.css']"));
        Assert.Empty(quiz.QuerySelectorAll("script:not([src]), [style]"));
        Assert.Empty(quiz.QuerySelectorAll("form"));
        Assert.DoesNotContain("quiz.js", site.Output("sanksi/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("quiz.css", site.Output("sanksi/index.html"), StringComparison.Ordinal);
    }

    private static (TestSite Site, IDocument Quiz) BuildQuizPage()
    {
        var site = QuizSite.Create(Pages, realTheme: true);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        return (site, new HtmlParser().ParseDocument(site.Output("kuis/index.html")));
    }

    [Fact]
    public void Quiz_script_stays_under_15_kilobytes_uncompressed()
    {
        var size = new FileInfo(Repo.Path("theme", "assets", "js", "quiz.js")).Length;
        Assert.True(size < 15 * 1024, $"quiz.js is {size} bytes; the budget is {15 * 1024}");
    }
}
