namespace NeutralitasKb.Site;

/// <summary>The validated contents of <c>input/settings.yml</c>: everything an OPD brands lives here.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public string Language { get; init; } = "id";

    /// <summary>Absolute base URL ending in '/', or empty when not set (sitemap and QR codes then use relative URLs).</summary>
    public string BaseUrl { get; init; } = "";

    public required OpdSettings Opd { get; init; }
    public PilkadaSettings? Pilkada { get; init; }
    public required SatgasSettings Satgas { get; init; }
    public IReadOnlyList<ReportingChannel> Reporting { get; init; } = [];
    public int QuizDraw { get; init; } = 10;
    public bool SearchEnabled { get; init; } = true;
    public bool AllowRawHtml { get; init; }
    public IReadOnlyList<string> AllowedHtmlTags { get; init; } = [];

    /// <summary>The path part of the base URL ("/netralitas/"), or "/" when no base URL is set.</summary>
    public string BasePath => BaseUrl.Length == 0 ? "/" : new Uri(BaseUrl).AbsolutePath;

    /// <summary>Absolute URL of a root path ("/sanksi/"), or the root path itself when no base URL is set.</summary>
    public string Absolute(string rootPath) =>
        BaseUrl.Length == 0 ? rootPath : BaseUrl + rootPath.TrimStart('/');
}

public sealed record OpdSettings(string Name, string ShortName, string Region, string? Logo, string PrimaryColor);

public sealed record PilkadaSettings(string Name, DateOnly Date);

public sealed record SatgasSettings(string Name, IReadOnlyList<SatgasContact> Contacts);

public sealed record SatgasContact(string Name, string Role, string Phone, string Email);

public sealed record ReportingChannel(string Name, string Url, string Description);
