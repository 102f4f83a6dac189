using System.Globalization;
using System.Text.RegularExpressions;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Site;

/// <summary>Reads and validates <c>settings.yml</c> at the root of the input folder.</summary>
public static partial class SettingsLoader
{
    public const string FileName = "settings.yml";
    /// <summary>Settings and the other site data files (published-links.yml) report under the settings codes.</summary>
    public static readonly YamlReader.Codes Codes = new(
        DiagnosticCodes.SettingsSyntax, DiagnosticCodes.SettingsUnknownKey, DiagnosticCodes.SettingsInvalidValue);

    public static SiteSettings? Load(SiteFolders folders, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folders.Input))
        {
            diagnostics.Error(DiagnosticCodes.InputFolderMissing, folders.Display(folders.Input), 0, 0,
                "the input folder does not exist", "run the command in the project folder, or pass '--input DIR', or create a site with 'nkb init DIR'");
            return null;
        }

        var path = Path.Combine(folders.Input, FileName);
        var file = folders.Display(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.SettingsMissing, file, 0, 0, "the site settings file is missing",
                "create it (run 'nkb init DIR' for a complete example) with at least 'title' and 'opd: { name, region }'");
            return null;
        }

        var text = SourceText.Read(path, file, SourceText.MaxDataBytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        var document = YamlReader.Read<SettingsDocument>(text, file, 0, Codes, diagnostics, KnownKeys);
        if (document is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.SettingsInvalidValue, file, 1, 1, "the settings file is empty",
                    "add at least 'title' and 'opd: { name, region }'");
            }

            return null;
        }

        return Validate(document, text, file, folders, diagnostics);
    }

    private static SiteSettings? Validate(SettingsDocument d, string text, string file, SiteFolders folders, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        int LineOf(string key) => TextFile.LineOfKey(text, key);
        void Invalid(string key, string message, string fix) =>
            diagnostics.Error(DiagnosticCodes.SettingsInvalidValue, file, LineOf(key), 1, message, fix);

        if (string.IsNullOrWhiteSpace(d.Title))
        {
            Invalid("title", "'title' is missing", "add 'title: Netralitas ASN' (the site's name)");
        }

        if (d.Opd is null || string.IsNullOrWhiteSpace(d.Opd.Name) || string.IsNullOrWhiteSpace(d.Opd.Region))
        {
            Invalid("opd", "'opd.name' and 'opd.region' are required", "add 'opd:' with 'name: <nama OPD>' and 'region: <kabupaten/kota>'");
        }

        var baseUrl = (d.BaseUrl ?? "").Trim();
        if (baseUrl.Length > 0)
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")
                || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                Invalid("baseUrl", $"'baseUrl' is not a valid web address: '{baseUrl}'",
                    "write the full address where the site will live, e.g. 'https://kesbangpol.contohkab.go.id/netralitas/'");
                baseUrl = "";
            }
            else if (!baseUrl.EndsWith('/'))
            {
                baseUrl += "/";
            }
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.BaseUrlMissing, file, LineOf("baseUrl"), 1,
                "no 'baseUrl' is set: sitemap.xml, QR codes and share previews will use relative links",
                "set 'baseUrl' to the full address where the site will be published");
        }

        var language = string.IsNullOrWhiteSpace(d.Language) ? "id" : d.Language.Trim();
        if (!LanguagePattern().IsMatch(language))
        {
            Invalid("language", $"'language' must be a language code like 'id', not '{language}'", "use 'language: id'");
        }

        var color = string.IsNullOrWhiteSpace(d.Opd?.PrimaryColor) ? "#0b4f8a" : d.Opd!.PrimaryColor!.Trim();
        if (!ColorPattern().IsMatch(color))
        {
            Invalid("primaryColor", $"'opd.primaryColor' must be a hex colour like '#0b4f8a', not '{color}'", "use six hex digits after '#'");
        }
        else if (Contrast.RatioOnWhite(color) < 4.5)
        {
            diagnostics.Warning(DiagnosticCodes.SettingsInvalidValue, file, LineOf("primaryColor"), 1,
                $"'opd.primaryColor' {color} is too light for white text and links (contrast {Contrast.RatioOnWhite(color):0.0}:1, needs 4.5:1)",
                "choose a darker shade so text stays readable for everyone");
        }

        string? logo = null;
        if (!string.IsNullOrWhiteSpace(d.Opd?.Logo))
        {
            logo = d.Opd!.Logo!.Trim().TrimStart('/');
            var inInput = Path.Combine(folders.Input, logo);
            var inTheme = Path.Combine(folders.Theme, logo);
            if (logo.Contains("..", StringComparison.Ordinal) || (!File.Exists(inInput) && !File.Exists(inTheme)))
            {
                diagnostics.Error(DiagnosticCodes.LogoMissing, file, LineOf("logo"), 1, $"logo file '{logo}' does not exist",
                    "put the logo (SVG or PNG) in the input folder, e.g. input/assets/img/logo.svg, and give its path here");
                logo = null;
            }
        }

        PilkadaSettings? pilkada = null;
        if (d.Pilkada is not null)
        {
            if (!DateOnly.TryParseExact(d.Pilkada.Date ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Invalid("date", $"'pilkada.date' must be a date like 2024-11-27, not '{d.Pilkada.Date}'", "write the voting day as YYYY-MM-DD");
            }
            else
            {
                pilkada = new PilkadaSettings(d.Pilkada.Name ?? "Pilkada", date);
            }
        }

        var draw = d.Quiz?.Draw ?? 10;
        if (draw < 1 || draw > 100)
        {
            Invalid("draw", $"'quiz.draw' must be between 1 and 100, not {draw}", "use e.g. 'draw: 10'");
        }

        var reporting = new List<ReportingChannel>();
        foreach (var channel in d.Reporting ?? [])
        {
            if (string.IsNullOrWhiteSpace(channel.Name))
            {
                Invalid("reporting", "every reporting channel needs a 'name'", "add 'name:' to each item under 'reporting:'");
                continue;
            }

            reporting.Add(new ReportingChannel(channel.Name.Trim(), channel.Url?.Trim() ?? "", channel.Description?.Trim() ?? ""));
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        return new SiteSettings
        {
            Title = d.Title!.Trim(),
            Description = d.Description?.Trim() ?? "",
            Language = language,
            BaseUrl = baseUrl,
            Opd = new OpdSettings(d.Opd!.Name!.Trim(), d.Opd.ShortName?.Trim() ?? d.Opd.Name!.Trim(), d.Opd.Region!.Trim(), logo, color.ToLowerInvariant()),
            Pilkada = pilkada,
            Satgas = new SatgasSettings(
                d.Satgas?.Name?.Trim() ?? "Satgas Netralitas ASN",
                (d.Satgas?.Contacts ?? []).Select(c => new SatgasContact(c.Name ?? "", c.Role ?? "", c.Phone ?? "", c.Email ?? "")).ToList()),
            Reporting = reporting,
            QuizDraw = draw,
            SearchEnabled = d.Search?.Enabled ?? true,
            AllowRawHtml = d.Html?.AllowRawHtml ?? false,
            AllowedHtmlTags = d.Html?.AllowedTags ?? [],
        };
    }

    private static IEnumerable<string> KnownKeys(string typeName)
    {
        var type = typeof(SettingsDocument).Assembly.GetTypes()
            .FirstOrDefault(t => t.FullName == typeName || t.Name == typeName) ?? typeof(SettingsDocument);
        return YamlReader.KeysOf(type);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
    private static partial Regex LanguagePattern();
}
