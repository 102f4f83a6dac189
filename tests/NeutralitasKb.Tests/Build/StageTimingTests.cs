using NeutralitasKb.Build;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Build;

public sealed class StageTimingTests
{
    private static readonly string Site = SiteSpec.Home("Lihat [sanksi](/sanksi/).") + SiteSpec.Page("sanksi.md", "sanksi", "Sanksi", "Teks.");

    [Fact]
    public void Build_result_times_every_stage_in_build_order()
    {
        using var site = new TestSite(Site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.Equal(SiteBuilder.Stages().Select(s => s.GetType().Name), result.Stages.Select(s => s.Stage));
        Assert.All(result.Stages, s => Assert.True(s.Elapsed >= TimeSpan.Zero));
    }

    [Fact]
    public void Stages_skipped_after_an_error_have_no_timing()
    {
        using var site = new TestSite(Site.Replace("(/sanksi/)", "(/sanski/)", StringComparison.Ordinal));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Stages, s => s.Stage == "CheckLinks");
        Assert.DoesNotContain(result.Stages, s => s.Stage is "WriteStaging" or "SwapOutput");
    }
}
