using System.Globalization;
using System.Text.RegularExpressions;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;

namespace NeutralitasKb.Sources;

/// <summary>Reads every Markdown source once, splits and validates its YAML front matter, and gives the page its URL.</summary>
public sealed partial class ParsePages : IBuildStage
{
    /// <summary>Larger Markdown files are refused: a guidance page of several megabytes is a mistake (a pasted PDF dump).</summary>
    public const int MaxMarkdownBytes = 4 * 1024 * 1024;

    /// <summary>The slug names the page's folder and its QR code file ('/' becomes '-'): keep it well under the 255-byte file-name limit.</summary>
    public const int MaxSlugLength = 120;

    private static readonly YamlReader.Codes Codes = new(
        DiagnosticCodes.FrontMatterSyntax, DiagnosticCodes.FrontMatterUnknownKey, DiagnosticCodes.FrontMatterInvalidValue);

    /// <summary>The front matter keys, looked up once: every page needs them for its key lines.</summary>
    private static readonly IReadOnlyList<string> FrontMatterKeys = YamlReader.KeysOf(typeof(FrontMatterDocument)).ToArray();

    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var sources = context.Sources.Values.Where(SourceKinds.IsPage).OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToList();
        var pages = new Page[sources.Count];
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism },
            i => pages[i] = Parse(sources[i], context.Diagnostics));
        context.Pages = pages;
    }

    public static Page Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        var fallback = new Page { Source = source, Meta = new FrontMatter(), Url = UrlFromPath(source.RelativePath), Failed = true };
        var text = SourceText.Read(source.FullPath, source.DisplayPath, MaxMarkdownBytes, diagnostics);
        if (text is null)
        {
            return fallback;
        }

        return Parse(source, text, diagnostics) ?? fallback;
    }

    public static Page? Parse(SourceFile source, string text, DiagnosticBag diagnostics)
    {
        var file = source.DisplayPath;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file, 1, 1, "the page has no front matter",
                "start the file with a '---' line, then 'title:', 'description:', 'slug:' and 'reviewed:' lines, then another '---' line");
            return null;
        }

        var close = ClosingFence().Match(text, 3);
        if (!close.Success)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, file, 1, 1, "the front matter is never closed",
                "add a line with only '---' after the last front matter key");
            return null;
        }

        var yaml = text[4..close.Index];
        var body = close.Index + close.Length >= text.Length ? "" : text[(close.Index + close.Length)..];
        var bodyLine = 1 + CountLines(text, close.Index + close.Length);
        var document = YamlReader.Read<FrontMatterDocument>(yaml, file, 1, Codes, diagnostics, _ => FrontMatterKeys);
        if (document is null && yaml.Trim().Length > 0)
        {
            return null;
        }

        var meta = Validate(document ?? new FrontMatterDocument(), yaml, source, body, diagnostics);
        if (meta is null)
        {
            return null;
        }

        return new Page { Source = source, Meta = meta, Body = body, BodyLine = bodyLine, Url = UrlOf(meta.Slug, source.RelativePath) };
    }

    private static FrontMatter? Validate(FrontMatterDocument d, string yaml, SourceFile source, string body, DiagnosticBag diagnostics)
    {
        var file = source.DisplayPath;
        var ok = true;
        var keyLines = FrontMatterKeys
            .Select(k => (Key: k, Line: TextFile.FindLineOfKey(yaml, k)))
            .Where(k => k.Line is not null)
            .ToDictionary(k => k.Key, k => k.Line!.Value + 1);
        int LineOf(string key) => keyLines.GetValueOrDefault(key, 1);

        if (string.IsNullOrWhiteSpace(d.Title))
        {
            diagnostics.Error(DiagnosticCodes.TitleMissing, file, d.Title is null ? 1 : LineOf("title"), 1, "the page has no title",
                "add 'title: <judul halaman>' to the front matter");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(d.Description))
        {
            diagnostics.Warning(DiagnosticCodes.DescriptionMissing, file, 1, 1, "the page has no description",
                "add 'description: <satu kalimat>': it is shown in lists, search results and WhatsApp previews");
        }

        var slug = d.Slug?.Trim().Trim('/');
        if (slug is not null && slug.Length > 0 && !SlugPattern().IsMatch(slug))
        {
            diagnostics.Error(DiagnosticCodes.SlugInvalid, file, LineOf("slug"), 1, $"slug '{d.Slug}' is not a valid URL path",
                "use lowercase letters, digits and hyphens, with '/' between folders, e.g. 'dasar-hukum/pp-94-2021'");
            ok = false;
        }
        else if (slug is not null && slug.Length > MaxSlugLength)
        {
            diagnostics.Error(DiagnosticCodes.SlugInvalid, file, LineOf("slug"), 1, $"slug is {slug.Length} characters long; at most {MaxSlugLength} fit in a file name",
                "use a short address of a few words: it is typed from printed circulars");
            ok = false;
        }
        else if (d.Slug is null && !IsHomeSource(source.RelativePath))
        {
            diagnostics.Warning(DiagnosticCodes.SlugInvalid, file, 1, 1, "the page has no 'slug': its URL comes from the file name and changes if the file is renamed",
                $"add 'slug: {UrlFromPath(source.RelativePath).Trim('/')}' to keep its address stable");
        }

        DateOnly? ParseDate(string key, string? value)
        {
            if (value is null) return null;
            if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalidValue, file, LineOf(key), 1, $"'{key}' must be a date like 2026-11-23, not '{value}'",
                "write the date as YYYY-MM-DD");
            ok = false;
            return null;
        }

        var reviewed = ParseDate("reviewed", d.Reviewed);
        var updated = ParseDate("updated", d.Updated);
        if (d.Reviewed is null)
        {
            diagnostics.Warning(DiagnosticCodes.ReviewedMissing, file, 1, 1, "the page has no 'reviewed' date",
                "add 'reviewed: YYYY-MM-DD' with the day the content was last checked against the regulations");
        }

        var layout = string.IsNullOrWhiteSpace(d.Layout) ? (IsHomeSource(source.RelativePath) ? "home" : "page") : d.Layout.Trim();
        if (layout == "page" && body.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.PageEmpty, file, 1, 1, "the page has no content",
                "write the page's text below the front matter, or delete the file");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        return new FrontMatter
        {
            Title = d.Title!.Trim(),
            Description = d.Description?.Trim() ?? "",
            Slug = slug,
            Order = d.Order ?? 1000,
            Reviewed = reviewed,
            Updated = updated ?? reviewed,
            Keywords = d.Keywords?.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList() ?? [],
            Aliases = d.Aliases?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList() ?? [],
            Layout = layout,
            Toc = d.Toc ?? true,
            Nav = d.Nav ?? true,
            Search = d.Search ?? true,
            KeyLines = keyLines,
        };
    }

    public static string UrlOf(string? slug, string relativePath)
    {
        if (slug is null)
        {
            return UrlFromPath(relativePath);
        }

        return slug.Length == 0 ? "/" : slug == "404" ? "/404.html" : "/" + slug + "/";
    }

    public static string UrlFromPath(string relativePath)
    {
        var withoutExtension = relativePath[..^Path.GetExtension(relativePath).Length];
        if (withoutExtension == "index") return "/";
        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal)) withoutExtension = withoutExtension[..^"/index".Length];
        return withoutExtension == "404" ? "/404.html" : "/" + withoutExtension.ToLowerInvariant() + "/";
    }

    private static bool IsHomeSource(string relativePath) => relativePath == "index.md";

    private static int CountLines(string text, int end)
    {
        var count = 0;
        for (var i = 0; i < end && i < text.Length; i++)
        {
            if (text[i] == '\n') count++;
        }

        return count;
    }

    [GeneratedRegex(@"^(---|\.\.\.)[ \t]*(\n|$)", RegexOptions.Multiline)]
    private static partial Regex ClosingFence();

    [GeneratedRegex(@"^([a-z0-9]+(-[a-z0-9]+)*)(/[a-z0-9]+(-[a-z0-9]+)*)*$")]
    private static partial Regex SlugPattern();
}
