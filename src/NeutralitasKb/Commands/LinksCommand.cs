using System.CommandLine;
using System.Text;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;

namespace NeutralitasKb.Cli.Commands;

/// <summary>
/// <c>nkb links update</c>: records every published address and heading anchor in input/published-links.yml,
/// the manifest the build checks so that no published link (printed in a circular, shared, scanned) breaks.
/// </summary>
public static class LinksCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var links = new Command("links", "Manage input/published-links.yml, the addresses and anchors the site has promised to keep.");
        var update = new Command("update",
            "Add every current page, alias and heading anchor to input/published-links.yml. Addresses already listed stay listed " +
            "(a published link is a promise) unless --prune is given. Run it after each publication.");
        var site = new SiteOptions();
        site.AddTo(update, withOutput: false);
        var prune = new Option<bool>("--prune") { Description = "Also drop listed addresses and anchors the site no longer has (only for links that were never published)" };
        update.Options.Add(prune);
        update.SetAction(parse => Update(site.Resolve(parse), parse.GetValue(prune), output, error));
        links.Subcommands.Add(update);
        return links;
    }

    public static int Update(Sources.SiteFolders folders, bool prune, TextWriter output, TextWriter error)
    {
        var result = SiteBuilder.Build(folders, new BuildOptions { CheckOnly = true, NodePath = "" });
        var gone = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PublishedLinkGone).ToList();
        var blocking = result.Diagnostics.Where(d => d.IsError && d.Code != DiagnosticCodes.PublishedLinkGone).ToList();
        if (blocking.Count > 0)
        {
            foreach (var diagnostic in blocking) error.WriteLine(diagnostic.ToString());
            error.WriteLine($"The site has {blocking.Count} errors: fix them first; {PublishedLinks.FileName} is unchanged.");
            return Cli.ContentErrors;
        }

        var path = Path.Combine(folders.Input, PublishedLinks.FileName);
        var previous = File.Exists(path)
            ? PublishedLinks.Read(File.ReadAllText(path), folders.Display(path), new DiagnosticBag()) ?? []
            : [];
        var text = PublishedLinks.Write(result.Context.Pages, previous, prune);
        File.WriteAllText(path, text, new UTF8Encoding(false));

        var written = PublishedLinks.Read(text, path, new DiagnosticBag()) ?? [];
        var anchors = written.Sum(l => l.Anchors.Count);
        output.WriteLine($"Wrote {folders.Display(path)}: {written.Count} addresses, {anchors} anchors.");
        if (!prune && gone.Count > 0)
        {
            // The file was just rewritten, so the old line numbers no longer fit: name the links only.
            foreach (var diagnostic in gone) error.WriteLine("  " + diagnostic.Message);
            error.WriteLine($"{gone.Count} published links are gone and stay listed: add aliases or heading ids for them, " +
                "or run 'nkb links update --prune' if they were never published.");
            return Cli.ContentErrors;
        }

        return Cli.Success;
    }
}
