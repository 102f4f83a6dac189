using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Cli;

public sealed class VerboseBuildTests
{
    [Fact]
    public void Verbose_build_prints_one_line_per_stage()
    {
        using var site = new TestSite(SiteSpec.Home("Teks."));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = NeutralitasKb.Cli.Cli.Run(
            ["build", "--verbose", "--no-search", "--input", site.Folders.Input, "--theme", site.Folders.Theme, "--output", site.Folders.Output], output, error);
        Assert.True(code == 0, error.ToString());
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.TrimStart().StartsWith("ParsePages ", StringComparison.Ordinal) && l.Contains(" ms ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("SwapOutput ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_without_verbose_prints_no_stage_times()
    {
        using var site = new TestSite(SiteSpec.Home("Teks."));
        var output = new StringWriter();
        NeutralitasKb.Cli.Cli.Run(["build", "--no-search", "--input", site.Folders.Input, "--theme", site.Folders.Theme, "--output", site.Folders.Output], output, new StringWriter());
        Assert.DoesNotContain("ParsePages", output.ToString(), StringComparison.Ordinal);
    }
}
