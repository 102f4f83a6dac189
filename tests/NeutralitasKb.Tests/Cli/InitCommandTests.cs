using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Cli;

/// <summary>`nkb init DIR` gives a new OPD a complete site that builds at once.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void New_site_builds_at_once_with_no_errors_using_the_shipped_theme()
    {
        using var temp = new TempDir();
        var dir = temp.Combine("situs-opd");
        var (code, output, error) = Run("init", dir);
        Assert.True(code == 0, error);
        Assert.Contains("Next steps:", output);
        Assert.Contains("settings.yml", output);
        Assert.Contains("nkb build", output);

        // Built the way the admin is told to: no --theme, so the theme shipped beside nkb is used.
        (code, output, error) = Run("build", "--input", Path.Combine(dir, "input"), "--output", Path.Combine(dir, "output"), "--no-search");
        Assert.True(code == 0, error + output);
        Assert.Contains(", 0 errors,", output);
        Assert.True(File.Exists(Path.Combine(dir, "output", "lokal", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir, "output", "lokal", "surat-edaran-kepala-daerah", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir, "output", "sanksi", "index.html")));
    }

    [Fact]
    public void New_site_has_settings_local_section_template_page_manifest_and_readme()
    {
        using var temp = new TempDir();
        var dir = temp.Combine("baru");
        Assert.Equal(0, Run("init", dir).Code);
        Assert.True(File.Exists(Path.Combine(dir, "input", "settings.yml")));
        Assert.True(File.Exists(Path.Combine(dir, "input", "published-links.yml")));
        Assert.True(File.Exists(Path.Combine(dir, "README.md")));
        Assert.Contains("layout: section", File.ReadAllText(Path.Combine(dir, "input", "lokal", "index.md")));
        var example = File.ReadAllText(Path.Combine(dir, "input", "lokal", "surat-edaran-kepala-daerah.md"));
        Assert.Contains("slug: lokal/surat-edaran-kepala-daerah", example);
        Assert.Contains("**templat**", example);
        Assert.Contains("[ISI", example);
        var defaults = Directory.EnumerateFiles(Repo.Path("input"), "*.md", SearchOption.AllDirectories).Count();
        Assert.Equal(defaults + 2, Directory.EnumerateFiles(Path.Combine(dir, "input"), "*.md", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_and_changes_nothing()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.Combine("catatan.txt"), "punya admin");
        var (code, output, error) = Run("init", temp.Path);
        Assert.Equal(2, code);
        Assert.Contains("is not empty; init never overwrites files", error);
        Assert.Equal("", output);
        Assert.Equal(["catatan.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("init")]
    [InlineData("preview")]
    [InlineData("links", "update")]
    [InlineData("build")]
    public void Every_command_explains_itself_with_help(params string[] command)
    {
        var (code, output, _) = Run([.. command, "--help"]);
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.Contains(" " + string.Join(' ', command), output);
        Assert.Contains("Options:", output);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = NeutralitasKb.Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
