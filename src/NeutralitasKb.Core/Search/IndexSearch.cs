using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Search;

/// <summary>
/// Runs Pagefind over the staging folder once the whole site is written there, before it replaces the output folder.
/// Pagefind indexes only what the layouts mark with <c>data-pagefind-body</c>, detects Indonesian from
/// <c>&lt;html lang="id"&gt;</c> (and stems it), and writes its bundle to <c>pagefind/</c>. A failure or a timeout is a
/// build error: the previous output stays as it was.
/// </summary>
public sealed class IndexSearch : IBuildStage
{
    public const string BundleFolder = "pagefind";

    /// <summary>Pagefind's ready-made UIs, which the theme does not use (it has its own small UI on the JS API): not published.</summary>
    private static readonly string[] UnusedFiles =
    [
        "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
    ];

    /// <summary>What the generator adds to headings (anchor links, copy buttons): not content, so not indexed or shown in results.</summary>
    public const string ExcludedSelectors = ".heading-anchor, .copy-link";

    public bool RunsAfterErrors => false;

    public void Run(BuildContext context)
    {
        var indexer = context.SearchIndexer;
        var staging = context.StagingPath;
        if (indexer is null || staging is null || !context.SearchAvailable) return;

        var display = context.Folders.Display(indexer.Script);
        ProcessRunner.Outcome outcome;
        try
        {
            outcome = ProcessRunner.Run(indexer.Node, [indexer.Script, "--site", staging, "--output-subdir", BundleFolder, "--exclude-selectors", ExcludedSelectors, "--quiet"],
                indexer.ProjectFolder, context.Options.SearchTimeout);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            Fail(context, display, $"cannot start Node.js '{indexer.Node}': {ex.Message}");
            return;
        }

        if (outcome.TimedOut)
        {
            Fail(context, display, $"the search indexer (Pagefind) did not finish within {context.Options.SearchTimeout.TotalSeconds:0} seconds and was stopped");
            return;
        }

        if (outcome.ExitCode != 0)
        {
            Fail(context, display, $"the search indexer (Pagefind) failed with exit code {outcome.ExitCode}{Tail(outcome.Output)}");
            return;
        }

        var bundle = Path.Combine(staging, BundleFolder);
        if (!File.Exists(Path.Combine(bundle, "pagefind.js")) || !File.Exists(Path.Combine(bundle, "pagefind-entry.json")))
        {
            Fail(context, display, $"the search indexer (Pagefind) ended without writing its bundle to {BundleFolder}/{Tail(outcome.Output)}");
            return;
        }

        foreach (var unused in UnusedFiles)
        {
            File.Delete(Path.Combine(bundle, unused));
        }
    }

    private static void Fail(BuildContext context, string file, string message) =>
        context.Diagnostics.Error(DiagnosticCodes.SearchIndexFailed, file, 0, 0, message,
            "run 'npm ci' in the project folder to reinstall the pinned Pagefind and build again; to publish without search for now, build with '--no-search'; the previous output is unchanged");

    /// <summary>The last lines Pagefind printed, which say what went wrong.</summary>
    private static string Tail(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : ": " + string.Join(" | ", lines.TakeLast(5));
    }
}
