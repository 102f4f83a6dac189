using System.Text;
using Microsoft.Playwright;
using NeutralitasKb.Build;
using NeutralitasKb.Sources;

namespace NeutralitasKb.BrowserTests.Support;

/// <summary>
/// What a new OPD admin makes: the default content with their own settings (name, region, logo, colour, base URL
/// https://pemkab.example/pemkab/netralitas/), one local page that moved (its old address is an alias), built and
/// served on 127.0.0.1 under /pemkab/netralitas/, the sub-path of the base URL, as their web server would.
/// </summary>
public sealed class OpdSiteFixture : IAsyncLifetime
{
    public const string SubPath = "/pemkab/netralitas/";
    public const string BaseUrl = "https://pemkab.example" + SubPath;
    public const string OpdName = "Dinas Komunikasi dan Informatika Sukamaju";
    public const string Region = "Kabupaten Sukamaju";
    public const string Color = "#7a1f2b";
    public const string LocalPage = "/lokal/tempat-kampanye/";
    public const string OldAddress = "/tempat-kampanye-lama/";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "nkb-opd-" + Guid.NewGuid().ToString("N")[..8]);

    public StaticServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public BuildResult Build { get; private set; } = null!;

    public string Output => Path.Combine(_root, "output");

    public string Url(string rootPath) => Server.BaseUrl + rootPath.TrimStart('/');

    /// <summary>The published address of a root path.</summary>
    public static string Published(string rootPath) => BaseUrl + rootPath.TrimStart('/');

    public async Task InitializeAsync()
    {
        var input = Path.Combine(_root, "input");
        Copy(Repo.Path("input"), input);
        Rebrand(input);
        AddLocalPages(input);
        var folders = new SiteFolders(input, Repo.Path("theme"), Output);
        Build = SiteBuilder.Build(folders, new BuildOptions());
        if (!Build.Succeeded)
        {
            throw new InvalidOperationException("The OPD's site does not build:\n" + string.Join("\n", Build.Diagnostics));
        }

        Server = await StaticServer.StartAsync(Output, SubPath);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    public async Task<IPage> NewPageAsync(int width = 360, int height = 780, bool javaScript = true, IEnumerable<string>? permissions = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            Locale = "id-ID",
            Permissions = permissions,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Root URLs of every page (not redirects) in the output.</summary>
    public IReadOnlyList<string> PageUrls() =>
        Build.Context.Pages.Where(p => !p.Failed && p.RedirectTo is null && p.Url.EndsWith('/')).Select(p => p.Url).Order(StringComparer.Ordinal).ToList();

    private static void Rebrand(string input)
    {
        var path = Path.Combine(input, "settings.yml");
        var settings = File.ReadAllText(path);
        string Set(string text, string from, string to) =>
            text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
                : throw new InvalidOperationException($"settings.yml has no '{from}' any more: update OpdSiteFixture.Rebrand");
        settings = Set(settings, "baseUrl: \"\"", "baseUrl: " + BaseUrl);
        settings = Set(settings, "name: Badan Kesatuan Bangsa dan Politik", "name: " + OpdName);
        settings = Set(settings, "region: Kabupaten Contoh", "region: " + Region);
        settings = Set(settings, "logo: assets/img/logo-default.svg", "logo: assets/img/logo-sukamaju.svg");
        settings = Set(settings, "primaryColor: \"#0b4f8a\"", $"primaryColor: \"{Color}\"");
        Write(path, settings);
        Write(Path.Combine(input, "assets", "img", "logo-sukamaju.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" width=\"64\" height=\"64\"><circle cx=\"32\" cy=\"32\" r=\"31\" fill=\"#fff\"/><circle cx=\"32\" cy=\"32\" r=\"27\" fill=\"#7a1f2b\"/><circle cx=\"41\" cy=\"23\" r=\"6\" fill=\"#f5b700\"/><path d=\"M9 45 23 27l8 10 7-7 17 15z\" fill=\"#fff\"/></svg>\n");
    }

    private static void AddLocalPages(string input)
    {
        Write(Path.Combine(input, "lokal", "index.md"), """
            ---
            title: Informasi daerah
            description: Surat edaran kepala daerah dan tempat yang tidak boleh dipakai untuk kampanye di Kabupaten Sukamaju.
            slug: lokal
            order: 85
            reviewed: 2026-11-23
            layout: section
            toc: false
            ---
            Halaman khusus Kabupaten Sukamaju.
            """);
        // A page that has moved: its file was renamed and its address changed; the old address is an alias.
        Write(Path.Combine(input, "lokal", "tempat-kampanye-2029.md"), $$"""
            ---
            title: Tempat yang tidak boleh dipakai untuk kampanye
            description: Daftar tempat di Kabupaten Sukamaju yang tidak boleh dipakai untuk kampanye Pilkada.
            slug: lokal/tempat-kampanye
            order: 10
            reviewed: 2026-11-23
            aliases: [{{OldAddress}}]
            ---
            Daftar ini disusun dari keputusan KPU kabupaten.

            ## Daftar tempat {#daftar}

            - Kantor pemerintahan daerah.
            - Sekolah.

            Lihat juga [cara melapor](/cara-melapor/#kanal).
            """);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition("opd")]
public sealed class OpdCollection : ICollectionFixture<OpdSiteFixture>
{
}
