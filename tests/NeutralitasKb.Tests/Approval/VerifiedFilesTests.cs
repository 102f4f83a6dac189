using System.Reflection;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Approval;

public sealed class VerifiedFilesTests
{
    [Fact]
    public void Every_verified_snapshot_belongs_to_an_existing_test()
    {
        var testsRoot = Repo.Path("tests", "NeutralitasKb.Tests");
        var methods = typeof(VerifiedFilesTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.EnumerateFiles(testsRoot, "*.verified.*", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Select(name => string.Join('.', name!.Split('.')[..2]))
            .Where(key => !methods.Contains(key))
            .ToList();
        Assert.True(orphans.Count == 0, "Snapshots without a test (delete them): " + string.Join(", ", orphans));
    }

    [Fact]
    public void Approval_diff_shows_changed_lines()
    {
        var diff = Approvals.Diff("<p>\n  a\n</p>\n", "<p>\n  b\n</p>\n");
        Assert.Contains("- " + "  a", diff);
        Assert.Contains("+ " + "  b", diff);
    }
}
