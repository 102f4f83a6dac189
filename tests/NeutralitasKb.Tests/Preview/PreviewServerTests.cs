using System.Text;
using NeutralitasKb.Build;
using NeutralitasKb.Cli.Preview;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Preview;

/// <summary>The preview server, started in-process on a free port over a small site.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Spec = """
        -- input/index.md --
        ---
        title: Beranda
        description: d
        reviewed: 2026-11-23
        ---
        Versi awal.
        -- input/404.md --
        ---
        title: Tidak ditemukan
        description: d
        slug: "404"
        reviewed: 2026-11-23
        nav: false
        search: false
        ---
        Halaman tidak ada.
        -- input/assets/img/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- input/assets/js/app.js --
        // js
        -- input/assets/app.wasm --
        wasm
        -- input/pagefind/pagefind-entry.json --
        {}
        -- input/pagefind/index/x.pf_index --
        bin
        """;

    private readonly TestSite _site = new(Spec);
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly SemaphoreSlim _gate = new(0);
    private readonly TaskCompletionSource _blockedBuildStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _blockNextBuild;
    private int _running;
    private int _maxRunning;
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    private int Port => new Uri(_server.Url).Port;

    public async Task InitializeAsync()
    {
        var first = _site.Build();
        Assert.True(first.Succeeded, string.Join("\n", _site.Messages(first)));
        _server = await PreviewServer.StartAsync(_site.Folders, 0, Build, first, _output, _error, TimeSpan.FromMilliseconds(50));
        _http = new HttpClient { BaseAddress = new Uri(_server.Url) };
    }

    /// <summary>The server's build, instrumented: counts concurrent builds and can hold one until the test lets it go.</summary>
    private BuildResult Build()
    {
        var now = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, now);
        try
        {
            if (_blockNextBuild)
            {
                _blockNextBuild = false;
                _blockedBuildStarted.TrySetResult();
                _gate.Wait(TimeSpan.FromSeconds(20));
            }

            return _site.Build();
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    [Fact]
    public void Server_listens_on_the_loopback_address_only_under_the_base_path()
    {
        Assert.StartsWith("http://127.0.0.1:", _server.Url, StringComparison.Ordinal);
        Assert.EndsWith("/netralitas/", _server.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../settings.yml")]
    [InlineData("/netralitas/../input/settings.yml")]
    [InlineData("/netralitas/../../etc/passwd")]
    [InlineData("/%2e%2e/input/settings.yml")]
    [InlineData("/netralitas/%2e%2e/input/settings.yml")]
    [InlineData("/netralitas/%2e%2e%2finput%2fsettings.yml")]
    [InlineData("/netralitas/..%5cinput%5csettings.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/netralitas//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/input/settings.yml")]
    public async Task Requests_outside_the_output_folder_are_refused(string target)
    {
        var response = await RawHttp.GetAsync(Port, target);
        Assert.True(response.Status is 400 or 404, $"{target} answered {response.Status}");
        Assert.DoesNotContain("baseUrl: https://contoh.test", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("assets/brand.css", "text/css; charset=utf-8")]
    [InlineData("assets/css/site.css", "text/css; charset=utf-8")]
    [InlineData("assets/js/app.js", "text/javascript; charset=utf-8")]
    [InlineData("assets/img/logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("assets/app.wasm", "application/wasm")]
    [InlineData("pagefind/pagefind-entry.json", "application/json; charset=utf-8")]
    [InlineData("pagefind/index/x.pf_index", "application/octet-stream")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("qr/beranda.svg", "image/svg+xml; charset=utf-8")]
    public async Task Files_are_served_with_their_content_type(string path, string type)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Unknown_page_gets_the_404_page_with_status_404()
    {
        using var response = await _http.GetAsync("tidak-ada/");
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("Halaman tidak ada.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_pages_load_the_reload_script_as_a_file_so_the_csp_holds()
    {
        var html = await _http.GetStringAsync("");
        Assert.Contains("<script src=\"/__nkb/reload.js\" defer></script></body>", html, StringComparison.Ordinal);
        using var script = await _http.GetAsync("/__nkb/reload.js");
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("new EventSource('/__nkb/events')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("__nkb", File.ReadAllText(Path.Combine(_site.Folders.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edits_arriving_during_a_rebuild_queue_one_more_and_the_site_settles_on_the_latest()
    {
        _blockNextBuild = true;
        _site.Write("input/index.md", Page("Versi satu."));
        await _blockedBuildStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // While that rebuild is held: two more edits, each seen by the watcher, and explicit requests on top.
        var requested = _server.Rebuilder.Requested;
        _site.Write("input/index.md", Page("Versi dua."));
        await WaitUntil(() => _server.Rebuilder.Requested > requested);
        requested = _server.Rebuilder.Requested;
        _site.Write("input/index.md", Page("Versi tiga."));
        await WaitUntil(() => _server.Rebuilder.Requested > requested);
        _server.Rebuilder.Request("test");
        _server.Rebuilder.Request("test");
        Assert.Equal(0, _server.Rebuilder.Completed);
        _gate.Release();

        await WaitUntil(() => _server.Rebuilder.Completed >= 2 && !_server.Rebuilder.Busy);
        await Task.Delay(500);
        Assert.Equal(2, _server.Rebuilder.Completed);
        Assert.Equal(1, Volatile.Read(ref _maxRunning));
        var html = await _http.GetStringAsync("");
        Assert.Contains("Versi tiga.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_pages_are_told_to_reload_after_a_rebuild_and_shown_the_errors_of_a_failed_one()
    {
        using var events = await _http.GetAsync("/__nkb/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream; charset=utf-8", events.Content.Headers.ContentType!.ToString());
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        Assert.Equal("event: hello", await NextEvent(reader));

        _site.Write("input/index.md", Page("Versi baru."));
        Assert.Equal("event: reload", await NextEvent(reader));
        Assert.Contains("Versi baru.", await _http.GetStringAsync(""), StringComparison.Ordinal);

        _site.Write("input/index.md", "---\ntitle: Beranda\ndescription: d\nreviewed: 2026-11-23\nwarna: merah\n---\nRusak.\n");
        Assert.Equal("event: failed", await NextEvent(reader));
        var data = (await reader.ReadLineAsync())!.Replace(_site.Root + "/", "", StringComparison.Ordinal);
        Assert.StartsWith("data: input/index.md:5:1: error NKB2004: unknown key 'warna'", data, StringComparison.Ordinal);
        await WaitUntil(() => !_server.Rebuilder.Busy);
        Assert.Contains("Versi baru.", await _http.GetStringAsync(""), StringComparison.Ordinal);
        Assert.Contains("Still serving the last good site.", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_stops_promptly_with_a_page_listening_for_reloads()
    {
        using var events = await _http.GetAsync("/__nkb/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        Assert.Equal("event: hello", await NextEvent(reader));
        var stopping = _server.DisposeAsync().AsTask();
        await stopping.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static string Page(string text) => $"---\ntitle: Beranda\ndescription: d\nreviewed: 2026-11-23\n---\n{text}\n";

    private static async Task<string> NextEvent(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
            if (line.StartsWith("event: ", StringComparison.Ordinal)) return line;
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in 20 s");
            await Task.Delay(25);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    public async Task DisposeAsync()
    {
        _gate.Release(10);
        _http.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }
}
