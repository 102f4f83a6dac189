using NeutralitasKb.Search;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Search;

public sealed class SearchIndexerTests
{
    [Fact]
    public void Node_is_found_on_PATH_and_Pagefind_in_the_first_project_folder_that_has_it()
    {
        using var dir = new TempDir();
        var bin = dir.Combine("bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "node"), "");
        var script = dir.Combine("project", "node_modules", "pagefind", "lib", "runner", "bin.cjs");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        File.WriteAllText(script, "");

        var (indexer, problem) = SearchIndexer.Locate(null, [dir.Combine("elsewhere"), dir.Combine("project")], dir.Combine("empty") + Path.PathSeparator + bin);

        Assert.Equal("", problem);
        Assert.Equal(new SearchIndexer(Path.Combine(bin, "node"), script), indexer);
        Assert.Equal(dir.Combine("project"), indexer!.ProjectFolder);
    }

    [Fact]
    public void Missing_node_on_PATH_is_named()
    {
        using var dir = new TempDir();
        var (indexer, problem) = SearchIndexer.Locate(null, [dir.Path], dir.Path);
        Assert.Null(indexer);
        Assert.Equal("Node.js was not found on PATH", problem);
    }

    [Fact]
    public void A_bare_node_name_is_looked_up_on_PATH_and_a_path_must_exist()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.Combine("nodejs"), "");
        Assert.Equal(dir.Combine("nodejs"), SearchIndexer.FindOnPath("nodejs", dir.Path));
        Assert.Equal("Node.js was not found at 'nodejs'", SearchIndexer.Locate("nodejs", [dir.Path], "/nowhere").Problem);
        Assert.Equal($"Node.js was not found at '{dir.Combine("node")}'", SearchIndexer.Locate(dir.Combine("node"), [dir.Path], dir.Path).Problem);
    }

    [Fact]
    public void Missing_Pagefind_names_every_folder_that_was_searched()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.Combine("node"), "");
        var (indexer, problem) = SearchIndexer.Locate(dir.Combine("node"), [dir.Combine("a"), dir.Combine("b"), dir.Combine("a")], null);
        Assert.Null(indexer);
        Assert.Equal($"Pagefind is not installed (looked for '{dir.Combine("a", "node_modules", "pagefind")}' and '{dir.Combine("b", "node_modules", "pagefind")}')", problem);
    }
}
