using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NeutralitasKb.BrowserTests.Support;

namespace NeutralitasKb.BrowserTests;

[Collection("site")]
public sealed class SiteTests(SiteFixture site)
{
    [Fact]
    public async Task Home_page_loads_under_a_sub_path_with_its_styles()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.Url("/"));
        Assert.Equal(200, response!.Status);
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()));
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
        Assert.DoesNotContain("Times", background);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Navigation_from_the_home_page_reaches_every_page()
    {
        var page = await site.NewPageAsync(1280, 900);
        var expected = site.PageUrls().ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var response = await page.GotoAsync(site.Url(url));
            Assert.True(response!.Ok, $"{url} answered {response.Status}");
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "els => els.map(a => a.href)");
            foreach (var href in hrefs)
            {
                if (!href.StartsWith(site.Server.BaseUrl, StringComparison.Ordinal)) continue;
                var path = "/" + href[site.Server.BaseUrl.Length..];
                var cut = path.IndexOfAny(['#', '?']);
                if (cut >= 0) path = path[..cut];
                if (path.EndsWith('/') && expected.Contains(path)) queue.Enqueue(path);
            }
        }

        Assert.Empty(expected.Except(seen));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_request_leaves_the_local_server()
    {
        var page = await site.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        foreach (var url in site.PageUrls())
        {
            await page.GotoAsync(site.Url(url), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.Empty(foreign);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_has_zero_axe_violations()
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        foreach (var url in site.PageUrls())
        {
            await page.GotoAsync(site.Url(url));
            var results = await page.RunAxe();
            foreach (var violation in results.Violations)
            {
                var targets = string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target.ToString()));
                problems.Add($"{url}: {violation.Id} ({violation.Impact}): {violation.Help} — {targets}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
