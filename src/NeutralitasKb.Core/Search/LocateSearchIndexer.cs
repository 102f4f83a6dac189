using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;

namespace NeutralitasKb.Search;

/// <summary>
/// Decides, before any layout runs, whether this build will have a search index, so every page can show either the
/// search box or "Pencarian tidak tersedia". Search is off without a warning when settings.yml says
/// <c>search: { enabled: false }</c> or the build was asked for none (<c>--no-search</c>, <see cref="BuildOptions.NodePath"/> "").
/// Otherwise it needs Node.js (<c>--node</c>, <c>NKB_NODE</c>, or <c>node</c> on PATH) and the pinned Pagefind package,
/// installed by <c>npm ci</c> into <c>node_modules/</c> of the current directory or of the input folder's parent
/// (the project folder). When either is missing the build still succeeds, with one warning that says how to enable search.
/// </summary>
public sealed class LocateSearchIndexer : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        context.SearchAvailable = false;
        context.SearchIndexer = null;
        if (!context.Settings.SearchEnabled || context.Options.NodePath == "") return;

        // 'check' writes nothing and indexes nothing, but renders the search UI so its templates are checked too.
        if (context.Options.CheckOnly)
        {
            context.SearchAvailable = true;
            return;
        }

        var projectFolders = new[] { Directory.GetCurrentDirectory(), Path.GetDirectoryName(Path.GetFullPath(context.Folders.Input))! };
        var (indexer, problem) = SearchIndexer.Locate(context.Options.NodePath, projectFolders, Environment.GetEnvironmentVariable("PATH"));
        if (indexer is null)
        {
            var settings = context.Folders.Display(Path.Combine(context.Folders.Input, SettingsLoader.FileName));
            context.Diagnostics.Warning(DiagnosticCodes.SearchSkipped, settings, 0, 0,
                $"search was skipped: {problem}; the site is built without a search index and its pages say 'Pencarian tidak tersedia'",
                "to enable search, install Node.js (18 or newer) and run 'npm ci' in the project folder (it installs the pinned Pagefind), then build again; "
                + "pass '--node PATH' or set NKB_NODE if node is not on PATH; to build without search on purpose, use '--no-search' or 'search: { enabled: false }' in settings.yml");
            return;
        }

        context.SearchIndexer = indexer;
        context.SearchAvailable = true;
    }
}
