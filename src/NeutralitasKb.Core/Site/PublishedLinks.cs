using System.Text;
using NeutralitasKb.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeutralitasKb.Site;

/// <summary>One promised address in <c>input/published-links.yml</c> and the heading anchors promised on it, with their lines.</summary>
public sealed record PublishedLink(string Url, int Line, IReadOnlyList<PublishedAnchor> Anchors);

public sealed record PublishedAnchor(string Id, int Line);

/// <summary>
/// The published-links manifest: every address and heading anchor the site has published, so a link printed in a
/// circular keeps working. Read with line numbers for diagnostics; written by <c>nkb links update</c>.
/// </summary>
public static class PublishedLinks
{
    public const string FileName = Sources.SourceKinds.PublishedLinksFile;

    private const string Header = """
        # Published links: every address and heading anchor of this site that readers may have saved, shared on
        # WhatsApp or seen printed in a circular (surat edaran) or as a QR code. The build fails when one of them
        # disappears, so a published link keeps working:
        #   - moved or renamed a page? add its old address to the page's 'aliases' (the build makes a redirect);
        #   - reworded a heading? keep its old id: '## New wording {#old-id}'.
        # After publishing new pages, add them here with:  nkb links update
        # To withdraw addresses that were never published: nkb links update --prune  (or delete their lines).

        """;

    /// <summary>Reads the manifest file; null (with a diagnostic) when it cannot be read or is not valid.</summary>
    public static IReadOnlyList<PublishedLink>? Load(Sources.SourceFile source, DiagnosticBag diagnostics)
    {
        try
        {
            return Read(Sources.TextFile.ReadUtf8(source.FullPath), source.DisplayPath, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.PublishedLinksInvalid, source.DisplayPath, 0, 0, $"cannot read the published links: {ex.Message}",
                "save the file as UTF-8 text, or run 'nkb links update' to write it again");
            return null;
        }
    }

    /// <summary>Reads the manifest's text; null (with a diagnostic) when it is not valid.</summary>
    public static IReadOnlyList<PublishedLink>? Read(string text, string file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            diagnostics.Error(DiagnosticCodes.PublishedLinksInvalid, file, (int)ex.Start.Line, (int)ex.Start.Column,
                $"invalid YAML: {ex.Message.Split('\n')[0]}", "each entry is an address followed by a list of anchor ids, e.g. '/sanksi/:' then '  - berat'");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticCodes.PublishedLinksInvalid, file, 1, 1, "the file must map each address to its anchors",
                "write '/sanksi/:' followed by '  - berat' lines, or run 'nkb links update' to write it");
            return null;
        }

        var links = new List<PublishedLink>();
        var ok = true;
        foreach (var (key, value) in root.Children)
        {
            var url = Normalize((key as YamlScalarNode)?.Value);
            var line = (int)key.Start.Line;
            if (url is null)
            {
                diagnostics.Error(DiagnosticCodes.PublishedLinksInvalid, file, line, (int)key.Start.Column,
                    $"'{key}' is not a site address", "write addresses as paths from the site root, e.g. '/sanksi/'");
                ok = false;
                continue;
            }

            var anchors = new List<PublishedAnchor>();
            switch (value)
            {
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        var id = (item as YamlScalarNode)?.Value?.Trim().TrimStart('#');
                        if (string.IsNullOrEmpty(id))
                        {
                            diagnostics.Error(DiagnosticCodes.PublishedLinksInvalid, file, (int)item.Start.Line, (int)item.Start.Column,
                                $"anchor '{item}' under {url} is not an id", "list anchor ids without '#', one per line: '  - berat'");
                            ok = false;
                            continue;
                        }

                        anchors.Add(new PublishedAnchor(id, (int)item.Start.Line));
                    }

                    break;
                case YamlScalarNode { Value: null or "" }:
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.PublishedLinksInvalid, file, (int)value.Start.Line, (int)value.Start.Column,
                        $"the anchors of {url} must be a list", "write them as '  - id' lines under the address, or '[]' for none");
                    ok = false;
                    continue;
            }

            links.Add(new PublishedLink(url, line, anchors));
        }

        return ok ? links : null;
    }

    /// <summary>
    /// The manifest for the current site: every published page with the anchors of its h2 and h3 headings (the ones
    /// readers can copy a link to), and every alias.
    /// Unless <paramref name="prune"/>, entries of <paramref name="previous"/> that are gone are kept (still promised).
    /// </summary>
    public static string Write(IReadOnlyList<Page> pages, IReadOnlyList<PublishedLink> previous, bool prune)
    {
        var current = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => !p.Failed))
        {
            if (page.RedirectTo is not null)
            {
                current[page.Url] = [];
                redirects[page.Url] = page.RedirectTo;
            }
            else if (page.Url.EndsWith('/'))
            {
                current[page.Url] = page.Headings.Where(h => h.Level is 2 or 3).Select(h => h.Id).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            }
        }

        if (!prune)
        {
            foreach (var link in previous)
            {
                var anchors = current.TryGetValue(link.Url, out var list) ? list : current[link.Url] = [];
                anchors.AddRange(link.Anchors.Select(a => a.Id).Where(id => !anchors.Contains(id, StringComparer.Ordinal)));
            }
        }

        var text = new StringBuilder(Header);
        foreach (var (url, anchors) in current)
        {
            text.Append(Quote(url)).Append(':');
            if (anchors.Count == 0)
            {
                text.Append(" []");
                if (redirects.TryGetValue(url, out var to)) text.Append("  # redirects to ").Append(to);
                text.Append('\n');
                continue;
            }

            text.Append('\n');
            foreach (var id in anchors) text.Append("  - ").Append(Quote(id)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>"sanksi", "/sanksi" and "/sanksi/" are "/sanksi/"; "/" is the home page; null for anything that is not a site path.</summary>
    public static string? Normalize(string? url)
    {
        var path = url?.Trim();
        if (string.IsNullOrEmpty(path) || path == "/") return path is null or "" ? null : "/";
        return CheckUrls.NormalizeAlias(path);
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.')
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
