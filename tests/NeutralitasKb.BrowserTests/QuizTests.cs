using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NeutralitasKb.BrowserTests.Support;

namespace NeutralitasKb.BrowserTests;

/// <summary>The self-check quiz on the built default site, taken the way a civil servant would: keyboard, reloads, print.</summary>
[Collection("site")]
public sealed class QuizTests(SiteFixture site)
{
    private const int Draw = 10;

    [Fact]
    public async Task Keyboard_only_user_completes_a_draw_with_feedback_after_each_answer_and_a_score_with_review_links()
    {
        var page = await site.NewPageAsync();
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);
        await OpenAsync(page);

        await TabToAsync(page, "button", "Mulai kuis", maxTabs: 80);
        await page.Keyboard.PressAsync("Enter");
        var expectedWrong = new List<string>();
        for (var i = 0; i < Draw; i++)
        {
            Assert.Equal($"Soal {i + 1} dari {Draw}", await ActiveTextAsync(page));
            var correct = i % 2 == 0;
            var (id, chosen) = await AnswerByKeyboardAsync(page, correct);
            if (!correct) expectedWrong.Add(id);
            Assert.Equal(correct ? "✓ Tepat!" : "✗ Kurang tepat", await ActiveTextAsync(page));
            var feedback = page.Locator(".quiz-feedback");
            Assert.Equal("polite", await feedback.GetAttributeAsync("aria-live"));
            var text = await feedback.InnerTextAsync();
            var optionFeedback = await OptionFeedbackAsync(page, id, chosen);
            var explanation = (await page.Locator($"#soal-{id} .quiz-explanation").TextContentAsync())!.Trim();
            Assert.NotEmpty(optionFeedback);
            Assert.Contains(optionFeedback, text, StringComparison.Ordinal);
            Assert.Contains(explanation[..40], text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bnull\b|\[object|undefined", text);
            Assert.True(await feedback.Locator(".quiz-basis a").CountAsync() >= 1);
            await TabToAsync(page, "button", i == Draw - 1 ? "Lihat hasil" : "Berikutnya", maxTabs: 20);
            await page.Keyboard.PressAsync("Enter");
        }

        Assert.Equal("Hasil kuis", await ActiveTextAsync(page));
        Assert.Contains("5 dari 10 (50%)", await page.Locator(".quiz-score").InnerTextAsync());
        var topics = await page.EvaluateAsync<string[]>("ids => [...new Set(ids.map(id => document.getElementById('soal-' + id).dataset.topic))]", expectedWrong);
        var links = page.Locator(".quiz-review-topics a");
        Assert.Equal(topics.Length, await links.CountAsync());
        foreach (var href in await links.EvaluateAllAsync<string[]>("as => as.map(a => a.href)"))
        {
            var response = await page.APIRequest.GetAsync(href);
            Assert.True(response.Ok, $"review link {href} answered {response.Status}");
        }

        Assert.All(requests, r => Assert.Equal("GET", r.Method));
        var origin = new Uri(site.Server.BaseUrl).GetLeftPart(UriPartial.Authority);
        Assert.All(requests, r => Assert.StartsWith(origin, r.Url, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reload_midway_continues_where_the_user_left_off_without_losing_answers()
    {
        var page = await site.NewPageAsync();
        await OpenAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        var chosen = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            chosen.Add(await AnswerByMouseAsync(page, correct: i != 2));
            await NextAsync(page);
        }

        var sixth = await page.Locator(".quiz-question").GetAttributeAsync("data-id");
        await page.ReloadAsync();
        Assert.Equal("Soal 6 dari 10", await page.Locator(".quiz-question legend").InnerTextAsync());
        Assert.Equal(sixth, await page.Locator(".quiz-question").GetAttributeAsync("data-id"));
        await Assertions.Expect(page.Locator(".quiz-status")).ToContainTextAsync("dilanjutkan");

        // Answered but not yet moved on: the feedback is still there after a reload.
        chosen.Add(await AnswerByMouseAsync(page, correct: true));
        await page.ReloadAsync();
        Assert.Equal("✓ Tepat!", await page.Locator(".quiz-feedback h3").InnerTextAsync());
        Assert.True(await page.Locator(".quiz-question input").First.IsDisabledAsync());
        await NextAsync(page);
        for (var i = 6; i < Draw; i++)
        {
            chosen.Add(await AnswerByMouseAsync(page, correct: true));
            await NextAsync(page);
        }

        Assert.Contains("9 dari 10", await page.Locator(".quiz-score").InnerTextAsync());
        var review = await page.Locator(".quiz-review > li").EvaluateAllAsync<string[]>("lis => lis.map(li => li.innerText)");
        Assert.Equal(Draw, review.Length);
        for (var i = 0; i < Draw; i++)
        {
            Assert.Contains("Jawaban Anda: " + chosen[i], review[i], StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Retry_starts_a_new_draw_of_other_questions()
    {
        var page = await site.NewPageAsync();
        await OpenAsync(page);
        await FinishAsync(page);
        var first = (await SavedStateAsync(page)).GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ulangi dengan soal baru" }).ClickAsync();
        Assert.Equal("Soal 1 dari 10", await ActiveTextAsync(page));
        var second = (await SavedStateAsync(page)).GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(Draw, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.False(await page.EvaluateAsync<bool>("document.body.classList.contains('quiz-done')"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Printed_result_shows_only_the_sheet_with_name_nip_office_time_score_answers_and_the_self_assessment_notice()
    {
        var page = await site.NewPageAsync(1024, 900);
        await OpenAsync(page);
        await FinishAsync(page);
        await page.GetByLabel("Nama (opsional)").FillAsync("Rina Lestari");
        await page.GetByLabel("NIP (opsional)").FillAsync("198701012010012001");
        await page.EvaluateAsync("() => { window.printed = 0; window.print = () => { window.printed++; }; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cetak / simpan PDF" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(1, await page.EvaluateAsync<int>("window.printed"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var sheet = page.Locator(".quiz-sheet");
        Assert.True(await sheet.IsVisibleAsync());
        var text = await sheet.InnerTextAsync();
        Assert.Contains("Rina Lestari", text, StringComparison.Ordinal);
        Assert.Contains("198701012010012001", text, StringComparison.Ordinal);
        Assert.Contains("Badan Kesatuan Bangsa dan Politik", text, StringComparison.Ordinal);
        Assert.Contains("dari 10", text, StringComparison.Ordinal);
        Assert.Contains("swa-uji", text, StringComparison.Ordinal);
        Assert.Contains("bukan sertifikat resmi", text, StringComparison.Ordinal);
        Assert.Matches(@"\d{1,2} \w+ 20\d\d", text);
        Assert.Equal(Draw, await sheet.Locator(".quiz-review > li").CountAsync());
        foreach (var hidden in new[] { ".site-header", ".site-footer", ".article-head", ".quiz-actions", "#quiz-name", ".quiz-score", ".breadcrumbs" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} should not print");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_every_scenario_shows_its_options_and_the_answer_behind_a_reveal()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url("/kuis/"));
        Assert.False(await page.Locator("#quiz-app").IsVisibleAsync());
        var items = page.Locator(".quiz-item");
        var count = await items.CountAsync();
        Assert.True(count >= 30, $"only {count} scenarios");
        Assert.Equal(count, await page.Locator(".quiz-item details.quiz-reveal > summary:text-is('Lihat jawaban')").CountAsync());
        for (var i = 0; i < count; i++)
        {
            var options = await items.Nth(i).Locator(".quiz-options > li").CountAsync();
            Assert.InRange(options, 3, 4);
        }

        var first = items.First;
        Assert.False(await first.Locator(".quiz-explanation").IsVisibleAsync());
        await first.Locator("summary").ClickAsync();
        Assert.True(await first.Locator(".quiz-answer").IsVisibleAsync());
        Assert.True(await first.Locator(".quiz-explanation").IsVisibleAsync());
        Assert.True(await first.Locator(".quiz-basis a").First.IsVisibleAsync());
        await page.Context.CloseAsync();

        // axe needs JavaScript itself: check the same server-rendered quiz with only quiz.js blocked.
        var blocked = await site.NewPageAsync();
        await blocked.RouteAsync("**/quiz.js", route => route.AbortAsync());
        await blocked.GotoAsync(site.Url("/kuis/"));
        Assert.True(await blocked.Locator(".quiz-static").IsVisibleAsync());
        await blocked.Locator(".quiz-item summary").First.ClickAsync();
        await AssertNoAxeViolationsAsync(blocked, "no JavaScript");
        await blocked.Context.CloseAsync();
    }

    [Theory]
    [InlineData("{\"v\":1,\"ids\":[", "rusak")]
    [InlineData("{\"v\":1,\"ids\":[\"tidak-ada\"],\"order\":[[0,1,2]],\"answers\":[null],\"pos\":0}", "rusak")]
    [InlineData("null", "rusak")]
    public async Task Corrupted_saved_state_is_discarded_with_a_notice_and_the_quiz_still_works(string saved, string notice)
    {
        var page = await site.NewPageAsync();
        await OpenAsync(page);
        var key = await page.EvaluateAsync<string>(KeyScript);
        await page.EvaluateAsync("([k, v]) => localStorage.setItem(k, v)", new[] { key, saved });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".quiz-status")).ToContainTextAsync(notice);
        Assert.Null(await page.EvaluateAsync<string?>("k => localStorage.getItem(k)", key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        Assert.Equal("Soal 1 dari 10", await ActiveTextAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task State_saved_for_an_older_question_pool_is_discarded_with_a_notice()
    {
        var page = await site.NewPageAsync();
        await OpenAsync(page);
        var key = await page.EvaluateAsync<string>(KeyScript);
        var old = key[..key.LastIndexOf(':')] + ":0123456789";
        var older = key[..key.IndexOf(":v1:", StringComparison.Ordinal)] + ":v0";
        await page.EvaluateAsync("keys => keys.forEach(k => localStorage.setItem(k, '{\"v\":1,\"ids\":[\"x\"],\"pos\":3}'))", new[] { old, older });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".quiz-status")).ToContainTextAsync("diperbarui");
        Assert.Equal(0, await page.EvaluateAsync<int>("keys => keys.filter(k => localStorage.getItem(k) !== null).length", new[] { old, older }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        await AnswerByMouseAsync(page, correct: true);
        Assert.Equal("✓ Tepat!", await page.Locator(".quiz-feedback h3").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_quiz_state_has_zero_axe_violations()
    {
        var page = await site.NewPageAsync();
        await OpenAsync(page);
        await AssertNoAxeViolationsAsync(page, "start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        await AssertNoAxeViolationsAsync(page, "question");
        await AnswerByMouseAsync(page, correct: false);
        await AssertNoAxeViolationsAsync(page, "feedback (wrong answer)");
        await NextAsync(page);
        await AnswerByMouseAsync(page, correct: true);
        await AssertNoAxeViolationsAsync(page, "feedback (right answer)");
        await NextAsync(page);
        for (var i = 2; i < Draw; i++)
        {
            await AnswerByMouseAsync(page, correct: i % 3 == 0);
            await NextAsync(page);
        }

        await AssertNoAxeViolationsAsync(page, "result");
        await page.Context.CloseAsync();
    }

    private const string KeyScript = "'nkb-quiz:' + location.pathname.replace(/index\\.html$/, '') + ':v1:' + document.getElementById('quiz').dataset.version";

    private async Task OpenAsync(IPage page)
    {
        await page.GotoAsync(site.Url("/kuis/"));
        await page.Locator("#quiz-app:not([hidden]) .quiz-view > *").First.WaitForAsync();
    }

    /// <summary>Presses Tab until an element with that tag and exact text has focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string tag, string text, int maxTabs)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase() + '|' + document.activeElement.textContent.trim()");
            if (focused == $"{tag}|{text}")
            {
                var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
                Assert.NotEqual("none", outline);
                return;
            }
        }

        Assert.Fail($"'{text}' was not reached with {maxTabs} Tab presses");
    }

    private static Task<string> ActiveTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

    /// <summary>Whether each displayed option of the current question is a correct one, read from the page's own answer key.</summary>
    private static async Task<(string Id, bool[] Correct, string[] Texts)> CurrentAsync(IPage page)
    {
        var id = (await page.Locator(".quiz-question").GetAttributeAsync("data-id"))!;
        var texts = await page.Locator(".quiz-choice > span").EvaluateAllAsync<string[]>(
            "spans => spans.map(s => s.textContent.replace(/^[A-D]\\. /, '').trim())");
        var right = await page.Locator($"#soal-{id} .quiz-options > li[data-correct]").EvaluateAllAsync<string[]>("lis => lis.map(li => li.textContent.trim())");
        return (id, texts.Select(t => right.Contains(t)).ToArray(), texts);
    }

    /// <summary>The feedback the quiz source gives for an option, read from the server-rendered answer key.</summary>
    private static Task<string> OptionFeedbackAsync(IPage page, string id, string option) =>
        page.EvaluateAsync<string>(
            """
            ([id, option]) => {
              const items = [...document.querySelectorAll(`#soal-${id} .quiz-options > li`)];
              const index = items.findIndex(li => li.textContent.trim() === option);
              const dd = document.querySelector(`#soal-${id} .quiz-why [data-option="${index}"]`);
              return dd ? dd.textContent.trim() : '';
            }
            """, new[] { id, option });

    /// <summary>Tab into the options, pick with Space or the arrow keys, Tab to "Jawab", Enter. Returns the question id and the chosen text.</summary>
    private static async Task<(string Id, string Chosen)> AnswerByKeyboardAsync(IPage page, bool correct)
    {
        var (id, flags, texts) = await CurrentAsync(page);
        var target = Array.FindIndex(flags, f => f == correct);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("radio", await page.EvaluateAsync<string>("() => document.activeElement.type"));
        if (target == 0)
        {
            await page.Keyboard.PressAsync("Space");
        }

        for (var i = 0; i < target; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Jawab", await ActiveTextAsync(page));
        await page.Keyboard.PressAsync("Enter");
        return (id, texts[target]);
    }

    /// <summary>Clicks a right or wrong option and "Jawab"; returns the chosen option's text.</summary>
    private static async Task<string> AnswerByMouseAsync(IPage page, bool correct)
    {
        var (_, flags, texts) = await CurrentAsync(page);
        var target = Array.FindIndex(flags, f => f == correct);
        await page.Locator(".quiz-choice").Nth(target).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Jawab", Exact = true }).ClickAsync();
        return texts[target];
    }

    private static async Task NextAsync(IPage page) =>
        await page.Locator(".quiz-feedback button").ClickAsync();

    private static async Task FinishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai kuis" }).ClickAsync();
        for (var i = 0; i < Draw; i++)
        {
            await AnswerByMouseAsync(page, correct: i % 2 == 0);
            await NextAsync(page);
        }

        await page.Locator(".quiz-result").WaitForAsync();
    }

    private static async Task<JsonElement> SavedStateAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>($"localStorage.getItem({KeyScript})");
        return JsonDocument.Parse(json).RootElement;
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page, string state)
    {
        var results = await page.RunAxe();
        var problems = results.Violations.Select(v =>
            $"{state}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
