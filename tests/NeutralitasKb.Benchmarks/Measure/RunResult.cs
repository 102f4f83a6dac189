namespace NeutralitasKb.Benchmarks.Measure;

/// <summary>One build of a corpus: wall time, CPU time of the whole process (all threads, GC included) and the wall time of each stage, in milliseconds.</summary>
/// <remarks>CPU time moves less than wall time when other work shares the cores, so compare it too on a busy machine.</remarks>
public sealed record RunResult(double Milliseconds, double CpuMilliseconds, IReadOnlyList<StageResult> Stages);

public sealed record StageResult(string Stage, double Milliseconds);
