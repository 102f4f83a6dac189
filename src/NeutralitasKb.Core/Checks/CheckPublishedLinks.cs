using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Checks;

/// <summary>
/// <c>published-links.yml</c> lists the addresses printed in circulars and QR codes (a YAML list of site paths such
/// as '/sanksi/'). Paper cannot be updated: each must still lead to a page, an alias or a file. Reports only.
/// </summary>
public sealed class CheckPublishedLinks : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        if (!context.Sources.TryGetValue(SourceKinds.PublishedLinksFile, out var source)) return;
        var text = SourceText.Read(source.FullPath, source.DisplayPath, SourceText.MaxDataBytes, context.Diagnostics);
        if (text is null) return;
        var links = YamlReader.Read<List<string>>(text, source.DisplayPath, 0, SettingsLoader.Codes, context.Diagnostics, _ => []);
        if (links is null) return;

        var urls = context.Pages.Where(p => !p.Failed).Select(p => p.Url)
            .Concat(context.Files.Keys.Select(k => "/" + k))
            .ToHashSet(StringComparer.Ordinal);
        var failed = context.Pages.Where(p => p.Failed).Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var link in links.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var path = CheckUrls.NormalizeAlias(link) ?? link.Trim();
            if (link.Trim() == "/" || urls.Contains(path) || failed.Contains(path)) continue;
            var suggestion = Suggest.Closest(path, urls);
            context.Diagnostics.Error(DiagnosticCodes.PublishedLinkGone, source.DisplayPath, LineOf(text, link), 1,
                $"published link '{link.Trim()}' no longer leads to a page",
                (suggestion is null ? "" : $"if the page is now '{suggestion}', ")
                + $"add 'aliases: [{path}]' to the front matter of the page that replaced it: printed circulars cannot be changed");
        }
    }

    private static int LineOf(string text, string link)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(link.Trim(), StringComparison.Ordinal));
        return index + 1;
    }
}
