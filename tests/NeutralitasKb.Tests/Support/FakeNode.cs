namespace NeutralitasKb.Tests.Support;

/// <summary>
/// Stands in for Node.js + Pagefind in stage tests: a shell script given as the build's node, and the wrapper script
/// file the build looks for under node_modules/ of the site's project folder (the input folder's parent).
/// </summary>
public static class FakeNode
{
    /// <summary>Writes a bundle the way Pagefind does: pagefind.js, the entry file and one of the UI files the build removes.</summary>
    public const string WritesBundle = """
        site="$3"
        mkdir -p "$site/pagefind"
        echo 'export const search = () => {};' > "$site/pagefind/pagefind.js"
        echo '{"version":"1.6.0","languages":{}}' > "$site/pagefind/pagefind-entry.json"
        echo '/* ui */' > "$site/pagefind/pagefind-ui.js"
        """;

    /// <returns>The path to pass as <c>BuildOptions.NodePath</c>.</returns>
    public static string Install(TestSite site, string body)
    {
        site.Write("node_modules/pagefind/lib/runner/bin.cjs", "// stand-in for Pagefind's npm wrapper\n");
        site.Write("fake-node.sh", "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/node-args.txt\"\n" + body + "\n");
        var path = Path.Combine(site.Root, "fake-node.sh");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public static IReadOnlyList<string> Arguments(TestSite site) =>
        File.ReadAllLines(Path.Combine(site.Root, "node-args.txt"));
}
