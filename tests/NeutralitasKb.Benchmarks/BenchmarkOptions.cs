using System.Globalization;

namespace NeutralitasKb.Benchmarks;

/// <summary>The command line: <c>[--pages 100,1000,5000] [--runs 3] [--theme DIR] [--site DIR] [--keep]</c>.</summary>
public sealed record BenchmarkOptions
{
    public IReadOnlyList<int> Pages { get; init; } = [100, 1000, 5000];

    /// <summary>Measured runs for N up to <see cref="SingleRunAbove"/>; larger corpora are built once.</summary>
    public int Runs { get; init; } = 3;

    public const int SingleRunAbove = 1000;

    /// <summary>Theme to build with; default: the repository's theme/ if it has layouts, else the tests' minimal theme.</summary>
    public string? Theme { get; init; }

    /// <summary>Site whose /sanksi/ page is weighed (its output/, or a build of its input/); default: the repository.</summary>
    public string? Site { get; init; }

    /// <summary>Keep the generated corpora and outputs (their folder is printed).</summary>
    public bool Keep { get; init; }

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--pages" => options with { Pages = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList() },
                "--runs" => options with { Runs = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--theme" => options with { Theme = Path.GetFullPath(Value()) },
                "--site" => options with { Site = Path.GetFullPath(Value()) },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options;
    }

    public const string Usage = """
        usage: dotnet run -c Release --project tests/NeutralitasKb.Benchmarks -- [options]
          --pages 100,1000,5000   corpus sizes to build (each in a fresh process)
          --runs 3                measured runs per size up to 1000 pages (after one warm-up build)
          --theme DIR             theme folder (default: the repository's theme/, else the tests' minimal theme)
          --site DIR              site whose /sanksi/ page is weighed (default: the repository)
          --keep                  keep the generated corpora and outputs
        """;
}
