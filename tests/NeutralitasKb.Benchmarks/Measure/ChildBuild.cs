using System.Diagnostics;
using System.Text.Json;
using NeutralitasKb.Build;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Benchmarks.Measure;

/// <summary>
/// Runs in a fresh process per corpus size so peak working sets do not mix: one warm-up build, then the measured
/// builds, and prints a <see cref="SizeResult"/> as one JSON line prefixed with <see cref="Marker"/>.
/// </summary>
public static class ChildBuild
{
    public const string Flag = "--child";
    public const string Marker = "NKB-BENCH-RESULT ";

    public static IReadOnlyList<string> Arguments(string input, string warmupInput, string theme, string output, int runs) =>
        [Flag, input, warmupInput, theme, output, runs.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public static int Run(IReadOnlyList<string> args)
    {
        var (input, warmupInput, theme, output, runs) = (args[1], args[2], args[3], args[4], int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture));
        var options = new BuildOptions { NodePath = "" };
        var warmup = Measure(new SiteFolders(warmupInput, theme, output + ".warmup"), options, out _);
        var results = new List<RunResult>();
        BuildResult? last = null;
        for (var i = 0; i < runs; i++)
        {
            results.Add(Measure(new SiteFolders(input, theme, output), options, out last));
        }

        var problems = last!.Succeeded ? [] : last.Diagnostics.Where(d => d.IsError).Take(5).Select(d => d.ToString()).ToList();
        var size = new SizeResult(last.Pages, last.Files, warmupInput == input ? warmup : null, results,
            Process.GetCurrentProcess().PeakWorkingSet64, problems);
        Console.WriteLine(Marker + JsonSerializer.Serialize(size));
        return 0;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "sync")]
    private static extern void Sync();

    private static RunResult Measure(SiteFolders folders, BuildOptions options, out BuildResult result)
    {
        // Start each build from a collected heap and flushed disk writes, so one run's leftovers are not billed to the next.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (OperatingSystem.IsLinux())
        {
            Sync();
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        result = SiteBuilder.Build(folders, options);
        clock.Stop();
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        return new RunResult(clock.Elapsed.TotalMilliseconds, cpuMs, result.Stages.Select(s => new StageResult(s.Stage, s.Elapsed.TotalMilliseconds)).ToList());
    }
}
