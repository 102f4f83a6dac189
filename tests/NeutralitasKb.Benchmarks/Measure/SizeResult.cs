namespace NeutralitasKb.Benchmarks.Measure;

/// <summary>What a child process reports for one corpus size.</summary>
/// <param name="Cold">The first build in the process (JIT and caches cold), when it built this corpus.</param>
/// <param name="Runs">The measured builds, after the warm-up.</param>
/// <param name="Problems">The first diagnostics of a failed build; empty when every build succeeded.</param>
public sealed record SizeResult(int Pages, int Files, RunResult? Cold, IReadOnlyList<RunResult> Runs, long PeakWorkingSet, IReadOnlyList<string> Problems)
{
    /// <summary>The run with the median wall time (the upper one for an even count).</summary>
    public RunResult Median => Runs.OrderBy(r => r.Milliseconds).ElementAt(Runs.Count / 2);
}
