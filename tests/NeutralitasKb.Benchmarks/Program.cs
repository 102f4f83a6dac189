using NeutralitasKb.Benchmarks;
using NeutralitasKb.Benchmarks.Measure;

if (args.Length > 0 && args[0] == ChildBuild.Flag)
{
    return ChildBuild.Run(args);
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"usage error: {ex.Message}\n{BenchmarkOptions.Usage}");
    return 2;
}

return BenchmarkRunner.Run(options, Console.Out);
