using System.Text;
using NeutralitasKb.Build;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Tests.Support;

/// <summary>
/// The repository's default content copied to a temporary folder and rebranded the way an OPD admin would: another
/// office, region, logo, colour, Satgas contact and base URL. Built with the real theme.
/// </summary>
public sealed class OpdSite : IDisposable
{
    public const string BaseUrl = "https://pemkab.example/pemkab/netralitas/";
    public const string OpdName = "Dinas Komunikasi dan Informatika Sukamaju";
    public const string Region = "Kabupaten Sukamaju";
    public const string Color = "#7a1f2b";
    public const string SatgasPhone = "(0261) 555123";

    private readonly TempDir _dir = new();

    public OpdSite(bool rebrand = true)
    {
        Copy(Repo.Path("input"), Input);
        if (rebrand) Rebrand(Input);
        Folders = new SiteFolders(Input, Repo.Path("theme"), _dir.Combine("output"));
    }

    public string Input => _dir.Combine("input");

    public SiteFolders Folders { get; }

    public BuildResult Build() =>
        SiteBuilder.Build(Folders, new BuildOptions { NodePath = "", Now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7)) });

    public string Output(string relative) => File.ReadAllText(Path.Combine(Folders.Output, relative));

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>Changes settings.yml the way the README tells an admin to.</summary>
    public static void Rebrand(string input)
    {
        var path = Path.Combine(input, "settings.yml");
        var settings = File.ReadAllText(path)
            .Replace("baseUrl: \"\"", $"baseUrl: {BaseUrl}", StringComparison.Ordinal)
            .Replace("name: Badan Kesatuan Bangsa dan Politik", $"name: {OpdName}", StringComparison.Ordinal)
            .Replace("shortName: Kesbangpol", "shortName: Diskominfo", StringComparison.Ordinal)
            .Replace("region: Kabupaten Contoh", $"region: {Region}", StringComparison.Ordinal)
            .Replace("logo: assets/img/logo-default.svg", "logo: assets/img/logo-sukamaju.svg", StringComparison.Ordinal)
            .Replace("primaryColor: \"#0b4f8a\"", $"primaryColor: \"{Color}\"", StringComparison.Ordinal)
            .Replace("phone: \"(0000) 000000\"", $"phone: \"{SatgasPhone}\"", StringComparison.Ordinal)
            .Replace("date: 2024-11-27", "date: 2029-11-28", StringComparison.Ordinal);
        foreach (var expected in new[] { BaseUrl, OpdName, Region, "logo-sukamaju.svg", Color, SatgasPhone, "2029-11-28" })
        {
            if (!settings.Contains(expected, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The default settings.yml changed: could not set '{expected}'. Update OpdSite.Rebrand.");
            }
        }

        File.WriteAllText(path, settings, new UTF8Encoding(false));
        Directory.CreateDirectory(Path.Combine(input, "assets", "img"));
        File.WriteAllText(Path.Combine(input, "assets", "img", "logo-sukamaju.svg"), Logo, new UTF8Encoding(false));
    }

    public const string Logo = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><circle cx="32" cy="32" r="31" fill="#fff"/><circle cx="32" cy="32" r="27" fill="#7a1f2b"/><circle cx="41" cy="23" r="6" fill="#f5b700"/><path d="M9 45 23 27l8 10 7-7 17 15z" fill="#fff"/></svg>
        """;

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _dir.Dispose();
}
