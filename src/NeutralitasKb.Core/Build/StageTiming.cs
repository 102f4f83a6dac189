namespace NeutralitasKb.Build;

/// <summary>How long one stage of a build took (wall time): always recorded, printed by <c>nkb build --verbose</c> and the benchmark.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
