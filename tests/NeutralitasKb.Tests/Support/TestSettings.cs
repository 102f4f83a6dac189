using NeutralitasKb.Site;

namespace NeutralitasKb.Tests.Support;

/// <summary>Validated settings for tests that use a stage's parts directly, without a settings file.</summary>
public static class TestSettings
{
    public static SiteSettings Create(bool allowRawHtml = false, IReadOnlyList<string>? allowedTags = null) => new()
    {
        Title = "Situs Uji",
        Opd = new OpdSettings("Dinas Uji", "Dinas Uji", "Kabupaten Uji", null, "#0b4f8a"),
        Satgas = new SatgasSettings("Satgas", []),
        AllowRawHtml = allowRawHtml,
        AllowedHtmlTags = allowedTags ?? [],
    };
}
