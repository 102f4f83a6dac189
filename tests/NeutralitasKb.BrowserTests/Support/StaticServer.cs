using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace NeutralitasKb.BrowserTests.Support;

/// <summary>
/// Serves a built site from a folder under a sub-path on 127.0.0.1, the way an OPD's plain web server would:
/// folders serve their index.html, unknown paths get 404.html with status 404, nothing else.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:PORT/sub/path/".</summary>
    public string BaseUrl { get; }

    public static async Task<StaticServer> StartAsync(string root, string subPath)
    {
        subPath = "/" + subPath.Trim('/') + "/";
        if (subPath == "//") subPath = "/";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pf_meta"] = "application/octet-stream";
        types.Mappings[".pf_fragment"] = "application/octet-stream";
        types.Mappings[".pf_index"] = "application/octet-stream";
        types.Mappings[".pagefind"] = "application/octet-stream";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        var rootFull = Path.GetFullPath(root);
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (!path.StartsWith(subPath, StringComparison.Ordinal) && path + "/" != subPath)
            {
                await NotFound(context, rootFull);
                return;
            }

            if (path + "/" == subPath)
            {
                context.Response.Redirect(subPath);
                return;
            }

            var relative = Uri.UnescapeDataString(path[subPath.Length..]);
            var file = Path.GetFullPath(Path.Combine(rootFull, relative));
            if (!file.StartsWith(rootFull, StringComparison.Ordinal))
            {
                await NotFound(context, rootFull);
                return;
            }

            if (Directory.Exists(file))
            {
                if (!path.EndsWith('/'))
                {
                    context.Response.Redirect(path + "/");
                    return;
                }

                file = Path.Combine(file, "index.html");
            }

            if (!File.Exists(file))
            {
                await NotFound(context, rootFull);
                return;
            }

            context.Response.ContentType = types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            await context.Response.SendFileAsync(file);
        });
        await app.StartAsync();
        var address = app.Urls.First();
        return new StaticServer(app, address.TrimEnd('/') + subPath);
    }

    private static async Task NotFound(HttpContext context, string root)
    {
        context.Response.StatusCode = 404;
        var page = Path.Combine(root, "404.html");
        if (File.Exists(page))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
