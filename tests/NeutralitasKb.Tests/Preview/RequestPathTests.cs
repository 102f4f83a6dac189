using NeutralitasKb.Cli.Preview;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Preview;

public sealed class RequestPathTests : IDisposable
{
    private readonly TempDir _dir = new();

    public RequestPathTests()
    {
        Directory.CreateDirectory(_dir.Combine("output", "sanksi"));
        File.WriteAllText(_dir.Combine("output", "index.html"), "home");
        File.WriteAllText(_dir.Combine("output", "sanksi", "index.html"), "sanksi");
        File.WriteAllText(_dir.Combine("settings.yml"), "secret");
    }

    private string Root => _dir.Combine("output");

    [Theory]
    [InlineData("/../settings.yml")]
    [InlineData("/netralitas/../settings.yml")]
    [InlineData("/netralitas/../../settings.yml")]
    [InlineData("/%2e%2e/settings.yml")]
    [InlineData("/netralitas/%2E%2E/%2e%2e/settings.yml")]
    [InlineData("/netralitas/.%2e/settings.yml")]
    [InlineData("/netralitas/%2e%2e%2fsettings.yml")]
    [InlineData("/netralitas/..%5csettings.yml")]
    [InlineData("/netralitas/..\\settings.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/netralitas//etc/passwd")]
    [InlineData("/netralitas/%2fetc%2fpasswd")]
    [InlineData("/netralitas/C:/Windows/win.ini")]
    [InlineData("/netralitas/./sanksi/")]
    [InlineData("/netralitas/%00")]
    [InlineData("http://127.0.0.1/etc/passwd")]
    [InlineData("*")]
    public void Paths_that_could_leave_the_output_folder_are_refused(string raw) =>
        Assert.Equal(Resolution.BadRequest, RequestPath.Resolve(raw, Root, "/netralitas/").Kind);

    [Theory]
    [InlineData("/netralitas/", "index.html")]
    [InlineData("/netralitas/sanksi/", "sanksi/index.html")]
    [InlineData("/netralitas/sanksi/index.html", "sanksi/index.html")]
    [InlineData("/netralitas/sanksi/?utm=wa#berat", "sanksi/index.html")]
    [InlineData("/netralitas/%73anksi/", "sanksi/index.html")]
    public void Site_paths_map_to_files_inside_the_output_folder(string raw, string file)
    {
        var resolved = RequestPath.Resolve(raw, Root, "/netralitas/");
        Assert.Equal(Resolution.File, resolved.Kind);
        Assert.Equal(Path.Combine(Root, file), resolved.File);
    }

    [Theory]
    [InlineData("/", "/netralitas/")]
    [InlineData("/netralitas", "/netralitas/")]
    [InlineData("/netralitas/sanksi", "/netralitas/sanksi/")]
    public void Folders_and_the_site_root_redirect_to_their_slash_url(string raw, string location)
    {
        var resolved = RequestPath.Resolve(raw, Root, "/netralitas/");
        Assert.Equal((Resolution.Redirect, location), (resolved.Kind, resolved.Location));
    }

    [Theory]
    [InlineData("/netralitas/tidak-ada/")]
    [InlineData("/lain/sanksi/")]
    [InlineData("/etc/passwd")]
    public void Unknown_paths_are_not_found(string raw) =>
        Assert.Equal(Resolution.NotFound, RequestPath.Resolve(raw, Root, "/netralitas/").Kind);

    public void Dispose() => _dir.Dispose();
}
