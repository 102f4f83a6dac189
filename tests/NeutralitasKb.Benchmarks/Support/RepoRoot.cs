namespace NeutralitasKb.Benchmarks.Support;

/// <summary>The repository checkout the benchmark runs from (the folder holding NeutralitasKb.sln).</summary>
public static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NeutralitasKb.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("NeutralitasKb.sln not found above " + AppContext.BaseDirectory);
    }
}
