using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Build;

public sealed class OutputFolderTests
{
    [Fact]
    public void Pages_in_nested_sections_and_files_in_nested_folders_are_written()
    {
        using var site = new TestSite(SiteSpec.Home("Teks.") + SiteSpec.Page("bagian/sub/dalam.md", "bagian/sub/dalam", "Dalam", "Teks dalam.") + """
            -- input/assets/img/deep/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"></svg>
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.Contains("Teks dalam.", site.Output("bagian/sub/dalam/index.html"));
        Assert.Contains("<svg", site.Output("assets/img/deep/logo.svg"));
        Assert.Contains("<svg", site.Output("qr/bagian-sub-dalam.svg"));
        Assert.Contains("body{font-family", site.Output("assets/css/site.css"));
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(site.Folders.Output)!), d => d.Contains(".staging-", StringComparison.Ordinal));
    }
}
