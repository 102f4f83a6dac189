using System.Text.RegularExpressions;
using NeutralitasKb.Tests.Support;
using NkbCli = NeutralitasKb.Cli.Cli;

namespace NeutralitasKb.Tests.Cli;

/// <summary>The command line, run in-process: exit codes 0 / 1 / 2, the summary line, diagnostics and help texts.</summary>
public sealed partial class CliTests
{
    private const string GoodSite = """
        -- input/index.md --
        ---
        title: Beranda
        description: Halaman depan.
        reviewed: 2026-11-23
        ---
        Lihat [sanksi](/sanksi/#berat).
        -- input/sanksi.md --
        ---
        title: Sanksi
        description: Sanksi.
        slug: sanksi
        reviewed: 2026-11-23
        ---
        ## Hukuman berat {#berat}
        Teks.
        """;

    [Fact]
    public void Build_writes_the_site_and_prints_a_summary_line()
    {
        using var site = new TestSite(GoodSite);
        var run = Run(site, "build");

        Assert.True(run.Code == 0, run.ToString());
        Assert.Matches(@"^Built 2 pages, 0 errors, 0 warnings, \d+\.\d\d s → .+/\n$", run.Out);
        Assert.Equal("", run.Err);
        Assert.True(site.OutputExists("index.html") && site.OutputExists("sanksi/index.html"));
    }

    [Fact]
    public void Content_error_exits_1_with_file_line_column_and_writes_nothing()
    {
        using var site = new TestSite(GoodSite.Replace("(/sanksi/#berat)", "(/sanski/)", StringComparison.Ordinal));
        site.Write("output/index.html", "previous site");
        var run = Run(site, "build");

        Assert.True(run.Code == 1, run.ToString());
        Assert.Equal("", run.Out);
        var lines = run.Err.TrimEnd().Split('\n');
        var diagnostic = Assert.Single(lines, l => DiagnosticLine().IsMatch(l));
        Assert.StartsWith(site.Folders.Input + "/index.md:6:", diagnostic, StringComparison.Ordinal);
        Assert.Contains(": error NKB5001: ", diagnostic, StringComparison.Ordinal);
        Assert.Matches(@"^Build failed: 2 pages, 1 errors, 0 warnings, \d+\.\d\d s\. Nothing was written; .+ is unchanged\.$", lines[^1]);
        Assert.Equal("previous site", site.Output("index.html"));
        Assert.False(site.OutputExists("sanksi/index.html"));
    }

    [Fact]
    public void Several_content_errors_are_all_reported_before_stopping()
    {
        using var site = new TestSite(GoodSite.Replace("(/sanksi/#berat)", "(/sanski/) dan [x](/sanksi/#ringan)", StringComparison.Ordinal) + "\n" + """
            -- input/kosong.md --
            ---
            title: Kosong
            slug: kosong
            reviewed: 2026-11-23
            ---
            Teks.
            """);
        var run = Run(site, "build");

        Assert.True(run.Code == 1, run.ToString());
        var diagnostics = run.Err.Split('\n').Where(l => DiagnosticLine().IsMatch(l)).ToList();
        Assert.True(diagnostics.Count >= 3, run.ToString());
        Assert.Contains(diagnostics, l => l.Contains("kosong.md:", StringComparison.Ordinal) && l.Contains("NKB2007", StringComparison.Ordinal));
        Assert.Contains(diagnostics, l => l.Contains("NKB5001", StringComparison.Ordinal));
        Assert.Contains(diagnostics, l => l.Contains("NKB5002", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_validates_and_writes_nothing()
    {
        using var site = new TestSite(GoodSite);
        var run = Run(site, "check");

        Assert.True(run.Code == 0, run.ToString());
        Assert.Matches(@"^Check passed: 2 pages, 0 errors, 0 warnings, \d+\.\d\d s\.\n$", run.Out);
        Assert.False(Directory.Exists(site.Folders.Output), "check created the output folder");
        Assert.Equal(["input", "theme"], Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_reports_content_errors_with_exit_code_1()
    {
        using var site = new TestSite(GoodSite.Replace("(/sanksi/#berat)", "(/sanksi/#sedang)", StringComparison.Ordinal));
        var run = Run(site, "check");

        Assert.True(run.Code == 1, run.ToString());
        Assert.Contains(run.Err.Split('\n'), l => DiagnosticLine().IsMatch(l) && l.Contains("NKB5002", StringComparison.Ordinal));
        Assert.Contains("Nothing was written", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Folders.Output));
    }

    [Theory]
    [InlineData("unknown option", "build --frobnicate")]
    [InlineData("unknown command", "frobnicate")]
    [InlineData("missing argument of init", "init")]
    [InlineData("option without its value", "build --input")]
    [InlineData("check has no --output", "check --output x")]
    [InlineData("port is a number", "preview --port many")]
    [InlineData("links without its subcommand", "links")]
    public void Usage_errors_exit_2_and_point_to_help(string because, string args)
    {
        var run = Run(null, args.Split(' '));

        Assert.True(run.Code == 2, $"{because}: {run}");
        Assert.Matches("(?m)^usage error: ", run.Err);
        Assert.Contains("--help", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("build", "--input --theme --output --no-search --node")]
    [InlineData("check", "--input --theme")]
    [InlineData("preview", "--input --theme --output --port")]
    [InlineData("init", "DIR")]
    [InlineData("links", "update")]
    [InlineData("links update", "--input --theme --prune")]
    public void Help_of_every_command_lists_its_options(string command, string options)
    {
        var run = Run(null, [.. command.Split(' '), "--help"]);

        Assert.True(run.Code == 0, run.ToString());
        foreach (var option in options.Split(' '))
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }

        if (command == "check") Assert.DoesNotContain("--output", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_without_a_command_lists_every_command()
    {
        var run = Run(null, "--help");

        Assert.True(run.Code == 0, run.ToString());
        foreach (var command in new[] { "build", "check", "preview", "init", "links" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", run.Out);
        }
    }

    private static CliRun Run(TestSite? site, params string[] args)
    {
        if (site is not null && args is ["build" or "check", ..])
        {
            args = [.. args, "--input", site.Folders.Input, "--theme", site.Folders.Theme, .. args[0] == "build" ? new[] { "--output", site.Folders.Output, "--no-search" } : []];
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = NkbCli.Run(args, output, error);
        return new CliRun(code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private sealed record CliRun(int Code, string Out, string Err)
    {
        public override string ToString() => $"exit {Code}\n--- stdout\n{Out}--- stderr\n{Err}";
    }

    /// <summary>"path:line:column: error NKB5001: message".</summary>
    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning) NKB\d{4}: .+")]
    private static partial Regex DiagnosticLine();
}
