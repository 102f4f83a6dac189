using System.Diagnostics;
using NeutralitasKb.Checks;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Html;
using NeutralitasKb.Layout;
using NeutralitasKb.Markdown;
using NeutralitasKb.Output;
using NeutralitasKb.Site;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Build;

/// <summary>
/// The build, in one visible order. Each stage works on the whole site before the next starts. Stages that only
/// read and report keep running after an error so one run lists every problem; nothing is written unless the
/// whole build succeeded, and then the output folder is swapped in at once.
/// </summary>
public sealed class SiteBuilder
{
    public static IReadOnlyList<IBuildStage> Stages() =>
    [
        new LoadSettings(),
        new ReadSources(),
        new ParsePages(),
        new CheckUrls(),
        new AddRedirectPages(),
        new BuildNavigation(),
        new RenderMarkdown(),
        new BuildIndexes(),
        new LoadLayouts(),
        new ApplyLayout(),
        new GenerateSiteFiles(),
        new PostProcessHtml(),
        new CheckLinks(),
        new WriteStaging(),
        new SwapOutput(),
    ];

    public static BuildResult Build(SiteFolders folders, BuildOptions options) => Build(folders, options, Stages());

    public static BuildResult Build(SiteFolders folders, BuildOptions options, IReadOnlyList<IBuildStage> stages)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(folders, options, diagnostics);
        if (!options.CheckOnly)
        {
            OutputFolder.Recover(folders.Output);
        }

        var timings = new List<StageTiming>(stages.Count);
        var stageClock = new Stopwatch();
        foreach (var stage in stages)
        {
            if (diagnostics.HasErrors && (!stage.RunsAfterErrors || context.Settings is null))
            {
                continue;
            }

            stageClock.Restart();
            try
            {
                stage.Run(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var inner = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
                diagnostics.Error("NKB9001", folders.Display(folders.Input), 0, 0,
                    $"internal error in stage {stage.GetType().Name}: {inner.GetType().Name}: {inner.Message}",
                    "this is a bug in the generator: please report it with the input that caused it; the previous output is unchanged");
                if (Environment.GetEnvironmentVariable("NKB_DEBUG") == "1")
                {
                    Console.Error.WriteLine(inner);
                }
            }

            timings.Add(new StageTiming(stage.GetType().Name, stageClock.Elapsed));
        }

        if (context.StagingPath is not null && Directory.Exists(context.StagingPath))
        {
            OutputFolder.TryDelete(context.StagingPath);
        }

        clock.Stop();
        var pages = context.Pages.Count(p => !p.Failed && p.RedirectTo is null);
        return new BuildResult(diagnostics.Sorted(), pages, context.Files.Count, clock.Elapsed, context) { Stages = timings };
    }
}

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, TimeSpan Elapsed, BuildContext Context)
{
    /// <summary>Wall time of each stage that ran, in build order (skipped stages are absent).</summary>
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
