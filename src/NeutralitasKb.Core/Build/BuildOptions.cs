namespace NeutralitasKb.Build;

public sealed record BuildOptions
{
    /// <summary>Validate only: run every check, write nothing.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Path of the node executable for the search indexer; null finds it on PATH, "" disables search indexing.</summary>
    public string? NodePath { get; init; }

    /// <summary>How long the search indexer (Pagefind) may run before the build stops it and fails.</summary>
    public TimeSpan SearchTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Degree of parallelism for per-page stages.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Fixed build time for reproducible output in tests; null uses the clock.</summary>
    public DateTimeOffset? Now { get; init; }
}
