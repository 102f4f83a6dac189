namespace NeutralitasKb.Site;

// Mutable shapes YamlDotNet fills from settings.yml; SettingsLoader validates them into SiteSettings.
// Property names are the YAML keys in camelCase; an unknown key is an error (a typo must not pass silently).
#pragma warning disable CA1002
internal sealed class SettingsDocument
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Language { get; set; }
    public string? BaseUrl { get; set; }
    public OpdDocument? Opd { get; set; }
    public PilkadaDocument? Pilkada { get; set; }
    public SatgasDocument? Satgas { get; set; }
    public List<ReportingDocument>? Reporting { get; set; }
    public QuizDocument? Quiz { get; set; }
    public SearchDocument? Search { get; set; }
    public HtmlDocument? Html { get; set; }
}

internal sealed class OpdDocument
{
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Region { get; set; }
    public string? Logo { get; set; }
    public string? PrimaryColor { get; set; }
}

internal sealed class PilkadaDocument
{
    public string? Name { get; set; }
    public string? Date { get; set; }
}

internal sealed class SatgasDocument
{
    public string? Name { get; set; }
    public List<ContactDocument>? Contacts { get; set; }
}

internal sealed class ContactDocument
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

internal sealed class ReportingDocument
{
    public string? Name { get; set; }
    public string? Url { get; set; }
    public string? Description { get; set; }
}

internal sealed class QuizDocument
{
    public int? Draw { get; set; }
}

internal sealed class SearchDocument
{
    public bool? Enabled { get; set; }
}

internal sealed class HtmlDocument
{
    public bool? AllowRawHtml { get; set; }
    public List<string>? AllowedTags { get; set; }
}
#pragma warning restore CA1002
