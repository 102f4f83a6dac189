using Microsoft.Playwright;
using NeutralitasKb.Build;
using NeutralitasKb.Sources;

namespace NeutralitasKb.BrowserTests.Support;

/// <summary>
/// Builds the default site (the repository's input/ and theme/) once, serves it on 127.0.0.1 under /netralitas/
/// and launches Debian's Chromium through Playwright. Shared by every browser test in the "site" collection.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string SubPath = "/netralitas/";

    private readonly string _output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nkb-browser-" + Guid.NewGuid().ToString("N")[..8]);

    public StaticServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public BuildResult Build { get; private set; } = null!;

    /// <summary>Folder of the built site.</summary>
    public string Output => _output;

    public string Url(string rootPath) => Server.BaseUrl + rootPath.TrimStart('/');

    public async Task InitializeAsync()
    {
        var folders = new SiteFolders(Repo.Path("input"), Repo.Path("theme"), _output);
        Build = SiteBuilder.Build(folders, new BuildOptions());
        if (!Build.Succeeded)
        {
            throw new InvalidOperationException("The default site does not build:\n" + string.Join("\n", Build.Diagnostics));
        }

        Server = await StaticServer.StartAsync(_output, SubPath);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    /// <summary>A fresh context (own storage) with a phone-sized viewport unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 360, int height = 780, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "id-ID",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Every page URL of the built site (root paths), from the site's own sitemap-independent file list.</summary>
    public IReadOnlyList<string> PageUrls() =>
        Directory.EnumerateFiles(_output, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + System.IO.Path.GetRelativePath(_output, System.IO.Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(u => u == "/./" ? "/" : u)
            .Where(u => !IsRedirect(u))
            .Order(StringComparer.Ordinal)
            .ToList();

    private bool IsRedirect(string url) =>
        File.ReadAllText(System.IO.Path.Combine(_output, url.Trim('/'), "index.html")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition("site")]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
}
