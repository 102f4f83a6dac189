using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Warnings_alone_are_not_errors()
    {
        var bag = new DiagnosticBag();
        bag.Warning("NKB2007", "input/a.md", 1, 1, "w", "f");
        Assert.False(bag.HasErrors);
        Assert.Equal(0, bag.ErrorCount);
        Assert.Equal(1, bag.WarningCount);
        bag.Error("NKB5001", "input/a.md", 2, 1, "e", "f");
        Assert.True(bag.HasErrors);
        Assert.Equal(1, bag.ErrorCount);
    }

    [Fact]
    public void Counts_stay_exact_when_stages_report_from_many_threads()
    {
        var bag = new DiagnosticBag();
        Parallel.For(0, 4000, i =>
        {
            if (i % 4 == 0) bag.Error("NKB5001", $"input/{i}.md", 1, 1, "e", "f");
            else bag.Warning("NKB2007", $"input/{i}.md", 1, 1, "w", "f");
        });
        Assert.Equal(1000, bag.ErrorCount);
        Assert.Equal(3000, bag.WarningCount);
        Assert.Equal(4000, bag.Sorted().Count);
    }
}
