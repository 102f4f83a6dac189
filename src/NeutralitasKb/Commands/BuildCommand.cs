using System.CommandLine;
using System.Globalization;
using NeutralitasKb.Build;

namespace NeutralitasKb.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool checkOnly)
    {
        var command = checkOnly
            ? new Command("check", "Validate everything (settings, front matter, Markdown, quiz, layouts, links, anchors) and write nothing.")
            : new Command("build", "Build the site into the output folder; the previous output is replaced only if the whole build succeeds.");
        var site = new SiteOptions();
        site.AddTo(command, withOutput: !checkOnly);
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (Pagefind); pages then say search is unavailable" };
        var node = new Option<string?>("--node") { Description = "Path of the Node.js executable used to run Pagefind (default: 'node' on PATH)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print how long each build stage took" };
        command.Options.Add(verbose);
        if (!checkOnly)
        {
            command.Options.Add(noSearch);
            command.Options.Add(node);
        }

        command.SetAction(parse =>
        {
            var folders = site.Resolve(parse);
            var options = new BuildOptions
            {
                CheckOnly = checkOnly,
                NodePath = parse.GetValue(noSearch) ? "" : parse.GetValue(node) ?? Environment.GetEnvironmentVariable("NKB_NODE"),
            };
            var result = SiteBuilder.Build(folders, options);
            if (parse.GetValue(verbose))
            {
                ReportStages(result, output);
            }

            return Report(result, folders.Display(folders.Output), checkOnly, output, error);
        });
        return command;
    }

    /// <summary>One line per stage that ran: its wall time in milliseconds and share of the build.</summary>
    public static void ReportStages(BuildResult result, TextWriter output)
    {
        var total = Math.Max(result.Elapsed.TotalMilliseconds, 0.001);
        foreach (var timing in result.Stages)
        {
            var ms = timing.Elapsed.TotalMilliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage,-20} {ms,8:0.0} ms {ms / total,6:P0}"));
        }
    }

    public static int Report(BuildResult result, string outputFolder, bool checkOnly, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var counts = $"{result.Pages} pages, {result.Errors} errors, {result.Warnings} warnings, {seconds} s";
        if (!result.Succeeded)
        {
            error.WriteLine($"Build failed: {counts}. Nothing was written; {outputFolder} is unchanged.");
            return Cli.ContentErrors;
        }

        output.WriteLine(checkOnly ? $"Check passed: {counts}." : $"Built {counts} → {outputFolder}/");
        return Cli.Success;
    }
}
