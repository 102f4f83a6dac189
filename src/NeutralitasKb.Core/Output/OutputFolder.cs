namespace NeutralitasKb.Output;

/// <summary>
/// The output folder is only ever replaced whole: a build writes a sibling staging folder, then two renames swap it
/// in. A build killed at any point leaves either the old site or the new one; the next build removes leftovers and,
/// if a kill fell between the two renames, puts the previous site back first.
/// </summary>
public static class OutputFolder
{
    private const string StagingMarker = ".staging-";
    private const string PreviousMarker = ".previous-";

    public static string NewStagingPath(string output) =>
        output.TrimEnd('/', '\\') + StagingMarker + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];

    public static void Recover(string output)
    {
        output = output.TrimEnd('/', '\\');
        var parent = Path.GetDirectoryName(Path.GetFullPath(output))!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(output);
        var previous = Directory.GetDirectories(parent, name + PreviousMarker + "*").OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(output) && previous.Count > 0)
        {
            Directory.Move(previous[0], output);
            previous.RemoveAt(0);
        }

        foreach (var leftover in previous.Concat(Directory.GetDirectories(parent, name + StagingMarker + "*")))
        {
            TryDelete(leftover);
        }
    }

    public static void Swap(string staging, string output)
    {
        output = output.TrimEnd('/', '\\');
        if (Directory.Exists(output))
        {
            var previous = output + PreviousMarker + Guid.NewGuid().ToString("N")[..8];
            Directory.Move(output, previous);
            Directory.Move(staging, output);
            TryDelete(previous);
        }
        else
        {
            Directory.Move(staging, output);
        }
    }

    /// <summary>
    /// Removes a folder tree, its top-level folders in parallel (a built site is thousands of small files, and
    /// unlinking them is most of a rebuild's swap). Whatever cannot be removed now is removed by the next Recover.
    /// </summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (!Directory.Exists(path)) return;
            Parallel.ForEach(Directory.GetDirectories(path), folder => TryDeleteTree(folder));
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Removed by the next build's Recover.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDeleteTree(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
