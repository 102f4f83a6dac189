using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NeutralitasKb.BrowserTests.Support;

namespace NeutralitasKb.BrowserTests;

/// <summary>
/// Search on the built default site, as a reader on a phone uses it: questions in their own words must find the page
/// that answers them, and a page view that does not search must not download the index.
/// </summary>
[Collection("site")]
public sealed class SearchTests(SiteFixture site)
{
    private const string ResultLinks = "#search-results .search-result-link";

    [Theory]
    [InlineData("boleh like postingan calon", "/media-sosial/")]
    [InlineData("foto dua jari", "/media-sosial/")]
    [InlineData("sanksi kampanye", "/yang-dilarang/kampanye/")]
    [InlineData("mobil dinas kampanye", "/yang-dilarang/fasilitas-dan-jabatan/")]
    [InlineData("istri calon bupati", "/yang-dilarang/keluarga-calon/")]
    [InlineData("honorer ikut kampanye", "/tanya-jawab/")]
    [InlineData("lapor pelanggaran netralitas", "/cara-melapor/")]
    [InlineData("kartu anggota partai", "/yang-dilarang/pencalonan-dan-partai/")]
    [InlineData("potong tukin", "/tanya-jawab/")]
    [InlineData("hadir kampanye", "/yang-boleh/")]
    [InlineData("jaga netralitas", "/apa-itu-netralitas/")]
    [InlineData("dukungan medsos", "/yang-dilarang/media-sosial/")]
    [InlineData("PNS jadi tim sukses", "/yang-dilarang/kampanye/")]
    [InlineData("fotokopi KTP calon perseorangan", "/yang-dilarang/kampanye/")]
    [InlineData("sanksi PPPK", "/dasar-hukum/pp-49-2018/")]
    [InlineData("cuti suami calon", "/yang-dilarang/keluarga-calon/")]
    [InlineData("atasan suruh hadir acara calon", "/tanya-jawab/")]
    [InlineData("dipecat", "/sanksi/")]
    [InlineData("grup WA relawan", "/tanya-jawab/")]
    public async Task Reader_question_finds_its_page_in_the_top_three_with_highlighted_words(string question, string expected)
    {
        RequireSearch();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/cari/?q=" + Uri.EscapeDataString(question)));
        await WaitForResultsAsync(page);

        var results = await ResultsAsync(page);
        var top = results.Take(3).ToList();
        Assert.True(top.Any(r => r.Path == expected),
            $"'{question}' should find {expected} in the top three, found:\n" + string.Join("\n", results.Select(r => $"  {r.Path}  {r.Excerpt}")));
        var hit = top.First(r => r.Path == expected);
        Assert.True(hit.Marks > 0, $"the excerpt for {expected} highlights no word: {hit.Excerpt}");
        Assert.StartsWith(site.Server.BaseUrl, hit.Href, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("jaga", "menjaga")]
    [InlineData("dukung", "dukungan")]
    public async Task Indonesian_stemming_finds_words_with_affixes(string query, string form)
    {
        RequireSearch();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/cari/?q=" + query));
        await WaitForResultsAsync(page);
        var marked = await page.EvalOnSelectorAllAsync<string[]>("#search-results mark", "marks => marks.map(m => m.textContent.toLowerCase())");
        Assert.Contains(marked, m => m.Contains(form, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_view_downloads_no_search_index_until_the_reader_types_and_then_it_loads_within_the_CSP()
    {
        RequireSearch();
        var page = await site.NewPageAsync();
        var requested = new List<string>();
        var complaints = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") complaints.Add(message.Text);
        };

        await page.GotoAsync(site.Url("/sanksi/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GotoAsync(site.Url("/cari/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.DoesNotContain(requested, IsSearchData);
        Assert.Contains(requested, url => url.EndsWith("/assets/js/search.js", StringComparison.Ordinal));

        await page.FillAsync("#search-q", "kampanye");
        await WaitForResultsAsync(page);
        Assert.Contains(requested, url => url.Contains("/netralitas/pagefind/pagefind.js", StringComparison.Ordinal));
        Assert.Contains(requested, IsSearchData);
        Assert.Contains(requested, url => url.EndsWith("/pagefind/pagefind-worker.js", StringComparison.Ordinal));
        Assert.True(complaints.Count == 0, "the browser complained (CSP?): " + string.Join("\n", complaints));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Header_search_box_works_by_keyboard_on_a_phone()
    {
        RequireSearch();
        var page = await site.NewPageAsync(360, 740);
        await page.GotoAsync(site.Url("/sanksi/"));
        var box = await page.QuerySelectorAsync("#q-header");
        var bounds = await box!.BoundingBoxAsync();
        Assert.True(bounds is not null && bounds.X >= 0 && bounds.X + bounds.Width <= 360, "the header search box does not fit a 360px screen");

        await TabToAsync(page, "document.activeElement && document.activeElement.id === 'q-header'");
        await page.Keyboard.TypeAsync("potong tukin");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.pathname.endsWith('/cari/') && location.search.startsWith('?q=potong')");
        await WaitForResultsAsync(page);
        Assert.Equal("potong tukin", await page.InputValueAsync("#search-q"));

        await TabToAsync(page, "document.activeElement && document.activeElement.id === 'search-q'");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('search-result-link')"));
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await page.EvaluateAsync<string>("document.activeElement.href");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("url => location.href === url && document.readyState === 'complete'", second);
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("h1")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_with_no_results_suggests_the_index_and_the_questions_page()
    {
        RequireSearch();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/cari/?q=" + Uri.EscapeDataString("xyzzy plugh")));
        await WaitForResultsAsync(page);
        Assert.StartsWith("Tidak ada hasil", await page.TextContentAsync("#search-status"), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("#search-empty"));
        var links = await page.EvalOnSelectorAllAsync<string[]>("#search-empty a", "links => links.map(a => a.href)");
        Assert.Contains(site.Url("/indeks/"), links);
        Assert.Contains(site.Url("/tanya-jawab/"), links);
        Assert.Empty(await ResultsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Result_count_is_announced_to_screen_readers()
    {
        RequireSearch();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/cari/"));
        Assert.Equal("polite", await page.GetAttributeAsync("#search-status", "aria-live"));
        await page.FillAsync("#search-q", "mobil dinas");
        await WaitForResultsAsync(page);
        Assert.Matches(@"^\d+ hasil untuk “mobil dinas”", await page.TextContentAsync("#search-status") ?? "");
        Assert.Contains("q=mobil+dinas", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_results_the_empty_state_and_the_A_Z_index_have_zero_axe_violations()
    {
        RequireSearch();
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var url in new[] { "/cari/?q=foto%20dua%20jari", "/cari/?q=xyzzy%20plugh", "/indeks/" })
        {
            await page.GotoAsync(site.Url(url));
            if (url.StartsWith("/cari/", StringComparison.Ordinal)) await WaitForResultsAsync(page);
            var results = await page.RunAxe();
            problems.AddRange(results.Violations.Select(v => $"{url}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    private static bool IsSearchData(string url) =>
        url.Contains("/pagefind/", StringComparison.Ordinal) || url.Contains("search-synonyms.json", StringComparison.Ordinal);

    private void RequireSearch() =>
        Assert.True(site.Build.Context.SearchAvailable,
            "the default site was built without search: install Node.js and run 'npm ci' in the repository (tests/run.sh does both)\n"
            + string.Join("\n", site.Build.Diagnostics));

    private static async Task WaitForResultsAsync(IPage page) =>
        await page.WaitForFunctionAsync(
            "() => /hasil untuk|Tidak ada hasil|tidak dapat dimuat/.test(document.getElementById('search-status').textContent)",
            null, new PageWaitForFunctionOptions { Timeout = 20_000 });

    private static async Task TabToAsync(IPage page, string reached)
    {
        for (var i = 0; i < 20; i++)
        {
            if (await page.EvaluateAsync<bool>(reached)) return;
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("Tab never reached: " + reached);
    }

    private sealed record Result(string Href, string Path, string Excerpt, int Marks);

    private async Task<IReadOnlyList<Result>> ResultsAsync(IPage page)
    {
        var rows = await page.EvalOnSelectorAllAsync<string[][]>("#search-results .search-result", """
            items => items.map(li => [
              li.querySelector('.search-result-link').href,
              li.querySelector('.search-result-excerpt').textContent,
              String(li.querySelectorAll('.search-result-excerpt mark').length)])
            """);
        return rows.Select(r => new Result(r[0], PathOf(r[0]), r[1], int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    private string PathOf(string href)
    {
        var path = href.StartsWith(site.Server.BaseUrl, StringComparison.Ordinal) ? "/" + href[site.Server.BaseUrl.Length..] : href;
        var cut = path.IndexOfAny(['#', '?']);
        return cut >= 0 ? path[..cut] : path;
    }
}
