using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using NeutralitasKb.Benchmarks.Corpus;
using NeutralitasKb.Benchmarks.Measure;
using NeutralitasKb.Benchmarks.Support;

namespace NeutralitasKb.Benchmarks;

/// <summary>Generates a corpus per size, builds each in a fresh child process, and prints the results and the guidance page's weight.</summary>
public static class BenchmarkRunner
{
    /// <summary>Size of the corpus that warms up a process before a single-run measurement of a large corpus.</summary>
    public const int WarmupPages = 100;

    public static int Run(BenchmarkOptions options, TextWriter output)
    {
        var repo = RepoRoot.Find();
        var scratch = Path.Combine(Path.GetTempPath(), "nkb-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(scratch);
        var failed = false;
        try
        {
            var theme = BenchTheme.Resolve(options.Theme, repo, scratch);
            output.WriteLine($"NeutralitasKb benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, theme: {theme.Description}, search indexing off");
            output.WriteLine(LoadNote());
            output.WriteLine();
            var rows = new List<(int Count, long MarkdownBytes, SizeResult Result)>();
            string? warmupInput = null;
            foreach (var count in options.Pages)
            {
                var input = Path.Combine(scratch, $"n{count}", "input");
                var bytes = CorpusWriter.Write(CorpusPlan.For(count), input, theme.Layouts);
                var single = count > BenchmarkOptions.SingleRunAbove;
                if (single && warmupInput is null)
                {
                    warmupInput = Path.Combine(scratch, $"warmup{WarmupPages}", "input");
                    CorpusWriter.Write(CorpusPlan.For(WarmupPages), warmupInput, theme.Layouts);
                }

                var result = RunChild(ChildBuild.Arguments(input, single ? warmupInput! : input, theme.Path,
                    Path.Combine(scratch, $"n{count}", "output"), single ? 1 : options.Runs));
                rows.Add((count, bytes, result));
                output.WriteLine(Report.SizeLine(count, bytes, result));
                foreach (var problem in result.Problems)
                {
                    failed = true;
                    output.WriteLine("    build failed: " + problem);
                }
            }

            output.WriteLine();
            Report.Sizes(rows, output);
            output.WriteLine();
            Report.Stages(rows, output);
            output.WriteLine();
            var (parts, source) = PageWeight.Measure(options.Site ?? repo, Path.Combine("sanksi", "index.html"), scratch);
            Report.Weight(parts, source, output);
            if (options.Keep) output.WriteLine($"\nCorpora and outputs kept in {scratch}");
        }
        finally
        {
            if (!options.Keep) Support.Scratch.TryDelete(scratch);
        }

        return failed ? 1 : 0;
    }

    /// <summary>Other processes on the same cores stretch wall times: say how busy the machine was.</summary>
    private static string LoadNote()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path)) return "";
        var load = File.ReadAllText(path).Split(' ')[0];
        var busy = double.TryParse(load, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0.5;
        return $"Load average before the run: {load}" + (busy ? " (other work is running: wall times will be inflated; compare CPU times)" : "");
    }

    private static SizeResult RunChild(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var lines = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = lines.Split('\n').FirstOrDefault(l => l.StartsWith(ChildBuild.Marker, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"benchmark child exited with {process.ExitCode}:\n{lines}\n{errors.Result}");
        }

        return JsonSerializer.Deserialize<SizeResult>(line[ChildBuild.Marker.Length..])!;
    }
}
