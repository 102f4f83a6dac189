using System.Diagnostics;
using System.Text;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Output;

/// <summary>
/// A real build in a child process (the CLI, as an office runs it) killed while it writes: the previous site must
/// be intact byte for byte, and the next build must clean up and succeed.
/// </summary>
public sealed class KilledBuildTests
{
    /// <summary>Enough pages that writing takes a while: the kill has to land while the staging folder fills.</summary>
    private const int Pages = 300;

    /// <summary>Copied files of 1 MB (scanned circulars) keep the writing going a little longer.</summary>
    private const int Assets = 40;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public void Build_killed_while_writing_leaves_the_previous_site_intact_and_the_next_build_cleans_up()
    {
        using var site = new TestSite("""
            -- input/index.md --
            ---
            title: Beranda
            description: d
            reviewed: 2026-11-23
            ---
            Situs lama.
            """);
        Assert.True(site.Build().Succeeded);
        var before = FolderSnapshot.Take(site.Folders.Output);
        WriteLargeSite(site);

        using var build = StartCli(site);
        var staging = WaitForStaging(site, build);
        build.Kill(entireProcessTree: true);
        Assert.True(build.WaitForExit(Limit), "the killed build did not exit");

        FolderSnapshot.Take(site.Folders.Output).AssertSameAs(before, "the previous site after the kill");
        Assert.True(Directory.Exists(staging), "the kill came after the swap: make the site larger so it lands while writing");

        var next = site.Build();
        Assert.True(next.Succeeded, string.Join("\n", site.Messages(next)));
        Assert.Empty(site.LeftoversBesideOutput());
        Assert.True(site.OutputExists($"halaman/{Pages}/index.html"));
    }

    private static void WriteLargeSite(TestSite site)
    {
        var body = new StringBuilder();
        for (var i = 0; i < 40; i++) body.Append("ASN wajib menjaga netralitas dalam setiap tahapan pemilihan kepala daerah.\n\n");
        var scan = new byte[1024 * 1024];
        Random.Shared.NextBytes(scan);
        for (var i = 1; i <= Assets; i++)
        {
            site.WriteBytes($"input/assets/pindaian/surat-{i}.pdf", scan);
        }

        for (var i = 1; i <= Pages; i++)
        {
            site.Write($"input/halaman/{i}.md", $"---\ntitle: Halaman {i}\ndescription: d\nslug: halaman/{i}\nreviewed: 2026-11-23\n---\n{body}");
        }
    }

    private static Process StartCli(TestSite site)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "nkb.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: the test project references the CLI project, which copies it here");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "build", "--input", site.Folders.Input, "--theme", site.Folders.Theme, "--output", site.Folders.Output, "--no-search" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start)!;
    }

    /// <summary>
    /// Waits for output.staging-* (WriteStaging creates it, then fills it): a file-system watcher reports it at
    /// once, polling is the fallback. Fails if the build ends first.
    /// </summary>
    private static string WaitForStaging(TestSite site, Process build)
    {
        using var created = new ManualResetEventSlim();
        using var watcher = new FileSystemWatcher(site.Root, "output.staging-*") { NotifyFilter = NotifyFilters.DirectoryName, EnableRaisingEvents = true };
        watcher.Created += (_, _) => created.Set();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Limit)
        {
            created.Wait(TimeSpan.FromMilliseconds(5));
            var staging = Directory.GetDirectories(site.Root).FirstOrDefault(d => Path.GetFileName(d).StartsWith("output.staging-", StringComparison.Ordinal));
            if (staging is not null) return staging;
            if (build.HasExited)
            {
                // Read only now: reading the child's output earlier would wait for it to end.
                Assert.Fail($"the build ended (exit {build.ExitCode}) before writing could be interrupted:\n{build.StandardOutput.ReadToEnd()}{build.StandardError.ReadToEnd()}");
            }
        }

        throw new TimeoutException("the build wrote no staging folder in time");
    }
}
