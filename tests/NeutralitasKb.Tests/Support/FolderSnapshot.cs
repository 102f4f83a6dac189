using System.Security.Cryptography;

namespace NeutralitasKb.Tests.Support;

/// <summary>Every file below a path (or the path itself, if it is a file) with its SHA-256: compare two to prove nothing changed.</summary>
public sealed record FolderSnapshot(IReadOnlyDictionary<string, string> Hashes)
{
    public static FolderSnapshot Take(string path)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            hashes[""] = Hash(path);
        }
        else if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                hashes[Path.GetRelativePath(path, file).Replace('\\', '/')] = Hash(file);
            }
        }

        return new FolderSnapshot(hashes);
    }

    /// <summary>Files added, removed or changed since <paramref name="before"/>, one per line; empty when identical.</summary>
    public string DifferencesFrom(FolderSnapshot before)
    {
        var lines = new List<string>();
        foreach (var (path, hash) in before.Hashes)
        {
            if (!Hashes.TryGetValue(path, out var now)) lines.Add($"removed: {path}");
            else if (now != hash) lines.Add($"changed: {path}");
        }

        lines.AddRange(Hashes.Keys.Where(p => !before.Hashes.ContainsKey(p)).Select(p => $"added: {p}"));
        return string.Join("\n", lines);
    }

    public void AssertSameAs(FolderSnapshot before, string what)
    {
        Assert.True(before.Hashes.Count > 0, $"the snapshot of {what} is empty: nothing to compare");
        var differences = DifferencesFrom(before);
        Assert.True(differences.Length == 0, $"{what} changed:\n{differences}");
    }

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
