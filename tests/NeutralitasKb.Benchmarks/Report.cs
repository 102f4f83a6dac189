using System.Globalization;
using NeutralitasKb.Benchmarks.Measure;

namespace NeutralitasKb.Benchmarks;

/// <summary>Prints the results as Markdown tables, ready to paste into BENCHMARKS.md.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", Invariant);

    private static string Seconds(double ms) => (ms / 1000).ToString("0.00", Invariant);

    public static string SizeLine(int count, long markdownBytes, SizeResult result) =>
        string.Create(Invariant, $"{count,6} pages, {Mb(markdownBytes)} MB Markdown: median {Seconds(result.Median.Milliseconds)} s of {result.Runs.Count} run(s)");

    public static void Sizes(IReadOnlyList<(int Count, long MarkdownBytes, SizeResult Result)> rows, TextWriter output)
    {
        output.WriteLine("| pages | MB Markdown | first build (s) | wall time (s) | CPU time (s) | runs | pages/s | peak working set (MB) |");
        output.WriteLine("|------:|------------:|----------------:|--------------:|-------------:|-----:|--------:|----------------------:|");
        foreach (var (count, bytes, result) in rows)
        {
            var median = result.Median.Milliseconds;
            var cold = result.Cold is null ? "–" : Seconds(result.Cold.Milliseconds);
            var runs = result.Runs.Count == 1 ? "1" : $"median of {result.Runs.Count}";
            output.WriteLine(string.Create(Invariant,
                $"| {count} | {Mb(bytes)} | {cold} | {Seconds(median)} | {Seconds(result.Median.CpuMilliseconds)} | {runs} | {count / (median / 1000):0} | {Mb(result.PeakWorkingSet)} |"));
        }

        output.WriteLine("\nWall and CPU time: the median run. CPU time counts every thread of the process, so on 2 cores up to twice the wall time.");
        output.WriteLine("First build: the warm-up build of the same corpus in a fresh process (JIT cold), as `nkb build` runs it.");
        output.WriteLine($"Sizes above {BenchmarkOptions.SingleRunAbove} pages are built once, after a warm-up on a {BenchmarkRunner.WarmupPages}-page corpus.");
    }

    /// <summary>Milliseconds per stage of each size's median run.</summary>
    public static void Stages(IReadOnlyList<(int Count, long MarkdownBytes, SizeResult Result)> rows, TextWriter output)
    {
        var stages = rows.SelectMany(r => r.Result.Median.Stages.Select(s => s.Stage)).Distinct().ToList();
        output.WriteLine("| stage (ms) | " + string.Join(" | ", rows.Select(r => $"{r.Count} pages")) + " |");
        output.WriteLine("|---|" + string.Concat(rows.Select(_ => "---:|")));
        foreach (var stage in stages)
        {
            var cells = rows.Select(r => r.Result.Median.Stages.Where(s => s.Stage == stage).Sum(s => s.Milliseconds).ToString("0", Invariant));
            output.WriteLine($"| {stage} | {string.Join(" | ", cells)} |");
        }

        output.WriteLine("| **total** | " + string.Join(" | ", rows.Select(r => r.Result.Median.Milliseconds.ToString("0", Invariant))) + " |");
    }

    public static void Weight(IReadOnlyList<PageWeight.Part>? parts, string source, TextWriter output)
    {
        if (parts is null)
        {
            output.WriteLine($"Guidance page weight: not measured ({source}; pass --site DIR to name a built site).");
            return;
        }

        output.WriteLine($"Guidance page weight: /sanksi/ with the CSS and JS it loads ({source}), gzip level 'Optimal':");
        output.WriteLine("| file | bytes | gzipped |");
        output.WriteLine("|---|---:|---:|");
        foreach (var part in parts)
        {
            output.WriteLine(string.Create(Invariant, $"| {part.Path} | {part.Bytes} | {part.Gzipped} |"));
        }

        var total = parts.Sum(p => p.Gzipped);
        output.WriteLine(string.Create(Invariant, $"| **total** | {parts.Sum(p => p.Bytes)} | **{total}** ({total / 1024.0:0.0} KB{(total < 20 * 1024 ? ", under" : ", OVER")} the 20 KB budget) |"));
    }
}
