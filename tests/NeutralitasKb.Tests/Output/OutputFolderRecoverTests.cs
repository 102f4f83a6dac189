using NeutralitasKb.Output;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Output;

/// <summary>
/// The states a killed build can leave beside the output folder. Swap renames output → output.previous-*, then
/// output.staging-* → output; these tests build each state by hand with those names.
/// </summary>
public sealed class OutputFolderRecoverTests
{
    [Fact]
    public void Recover_puts_the_previous_site_back_when_a_kill_fell_between_the_two_renames()
    {
        using var dir = new TempDir();
        var output = dir.Combine("output");
        WriteSite(output, "lama");
        var before = FolderSnapshot.Take(output);
        Directory.Move(output, output + ".previous-1a2b3c4d");
        WriteSite(output + ".staging-4242-9f8e7d6c", "baru, setengah ditulis");

        OutputFolder.Recover(output);

        FolderSnapshot.Take(output).AssertSameAs(before, "the restored site");
        Assert.Equal(["output"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Recover_removes_a_half_written_staging_folder_and_keeps_the_site()
    {
        using var dir = new TempDir();
        var output = dir.Combine("output");
        WriteSite(output, "lama");
        var before = FolderSnapshot.Take(output);
        WriteSite(output + ".staging-4242-9f8e7d6c", "baru, setengah ditulis");
        WriteSite(output + ".previous-1a2b3c4d", "sebelum lama");

        OutputFolder.Recover(output);

        FolderSnapshot.Take(output).AssertSameAs(before, "the site");
        Assert.Equal(["output"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Recover_leaves_unrelated_folders_alone()
    {
        using var dir = new TempDir();
        var output = dir.Combine("output");
        WriteSite(output, "lama");
        WriteSite(dir.Combine("output-arsip"), "arsip");
        WriteSite(dir.Combine("outputs.staging-1"), "lain");

        OutputFolder.Recover(output);

        Assert.Equal(["output", "output-arsip", "outputs.staging-1"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Swap_replaces_the_site_and_leaves_nothing_beside_it()
    {
        using var dir = new TempDir();
        var output = dir.Combine("output");
        WriteSite(output, "lama");
        var staging = OutputFolder.NewStagingPath(output);
        WriteSite(staging, "baru");
        var expected = FolderSnapshot.Take(staging);

        OutputFolder.Swap(staging, output);

        FolderSnapshot.Take(output).AssertSameAs(expected, "the new site");
        Assert.Equal(["output"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    private static void WriteSite(string folder, string text)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sanksi"));
        File.WriteAllText(Path.Combine(folder, "index.html"), $"<p>{text}</p>");
        File.WriteAllText(Path.Combine(folder, "sanksi", "index.html"), $"<p>sanksi {text}</p>");
    }
}
