namespace NeutralitasKb.Search;

/// <summary>
/// How to run Pagefind: Node.js and the npm wrapper script of the pinned Pagefind package. Running the wrapper with
/// node (rather than the platform binary under node_modules/@pagefind/) works the same on Linux, macOS and Windows.
/// </summary>
/// <param name="Node">Full path of the node executable.</param>
/// <param name="Script">Full path of node_modules/pagefind/lib/runner/bin.cjs.</param>
public sealed record SearchIndexer(string Node, string Script)
{
    /// <summary>The wrapper script inside the folder where 'npm ci' ran.</summary>
    public static readonly string ScriptPath = Path.Combine("node_modules", "pagefind", "lib", "runner", "bin.cjs");

    /// <summary>The project folder: where node_modules/ is, two levels above lib/runner/.</summary>
    public string ProjectFolder => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Script)!, "..", "..", "..", ".."));

    /// <summary>
    /// Finds node and Pagefind. <paramref name="nodePath"/> null looks for 'node' on PATH; a bare name is looked up on
    /// PATH too; anything else must be an existing file. Pagefind is looked for in each of <paramref name="projectFolders"/>
    /// in order (the build passes the current directory, then the input folder's parent).
    /// </summary>
    /// <returns>The indexer, or null and a sentence that says what is missing.</returns>
    public static (SearchIndexer? Indexer, string Problem) Locate(string? nodePath, IEnumerable<string> projectFolders, string? pathVariable)
    {
        var node = nodePath is null ? FindOnPath("node", pathVariable) : ResolveNode(nodePath, pathVariable);
        if (node is null)
        {
            return (null, nodePath is null
                ? "Node.js was not found on PATH"
                : $"Node.js was not found at '{nodePath}'");
        }

        var folders = projectFolders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        foreach (var folder in folders)
        {
            var script = Path.Combine(folder, ScriptPath);
            if (File.Exists(script)) return (new SearchIndexer(node, script), "");
        }

        var looked = string.Join(" and ", folders.Select(f => $"'{Path.Combine(f, "node_modules", "pagefind")}'"));
        return (null, $"Pagefind is not installed (looked for {looked})");
    }

    /// <summary>The first file named <paramref name="name"/> (with a Windows executable extension where needed) in the PATH folders.</summary>
    public static string? FindOnPath(string name, string? pathVariable)
    {
        if (string.IsNullOrEmpty(pathVariable)) return null;
        var extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries).Prepend("")
            : [""];
        foreach (var folder in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                string candidate;
                try
                {
                    candidate = Path.Combine(folder.Trim('"'), name + extension);
                }
                catch (ArgumentException)
                {
                    break;
                }

                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static string? ResolveNode(string nodePath, string? pathVariable)
    {
        var isBareName = nodePath.IndexOfAny(['/', '\\']) < 0;
        if (isBareName) return FindOnPath(nodePath, pathVariable);
        return File.Exists(nodePath) ? Path.GetFullPath(nodePath) : null;
    }
}
