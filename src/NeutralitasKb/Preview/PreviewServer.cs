using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeutralitasKb.Build;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Cli.Preview;

/// <summary>
/// The local preview: Kestrel on 127.0.0.1 only, serving the output folder under the base URL's path (as the OPD's
/// server will), rebuilding on every change (one build at a time) and reloading open pages. A failed rebuild
/// leaves the last good site in place; its errors go to the terminal and to an overlay on the open pages.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteFolders _folders;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly ReloadHub _hub = new();
    private Rebuilder? _rebuilder;
    private SiteWatcher? _watcher;
    private string _basePath = "/";
    private int _disposed;

    private PreviewServer(WebApplication app, SiteFolders folders, TextWriter output, TextWriter error)
    {
        _app = app;
        _folders = folders;
        _output = output;
        _error = error;
    }

    /// <summary>"http://127.0.0.1:PORT/base/path/".</summary>
    public string Url => _app.Urls.First().TrimEnd('/') + _basePath;

    public ReloadHub Hub => _hub;

    public Rebuilder Rebuilder => _rebuilder!;

    /// <param name="build">One build of the site into the output folder (the command's, or a test's).</param>
    /// <param name="first">The result of the build made before serving, for the base path.</param>
    public static async Task<PreviewServer> StartAsync(SiteFolders folders, int port, Func<BuildResult> build, BuildResult first,
        TextWriter output, TextWriter error, TimeSpan? debounce = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, folders, output, error);
        server.Remember(first);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._rebuilder = new Rebuilder(build, server.Finished);
        server._watcher = new SiteWatcher([folders.Input, folders.Theme], debounce ?? TimeSpan.FromMilliseconds(200), server.Rebuilder.Request);
        return server;
    }

    /// <summary>Completes when the server is told to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    private void Remember(BuildResult result)
    {
        if (result.Succeeded && result.Context.Settings is { } settings) Volatile.Write(ref _basePath, settings.BasePath);
    }

    private void Finished(string changed, BuildResult result)
    {
        var what = _folders.Display(changed);
        if (result.Succeeded)
        {
            Remember(result);
            foreach (var warning in result.Diagnostics) _error.WriteLine(warning.ToString());
            _output.WriteLine($"Rebuilt after a change to {what}: {result.Pages} pages, {result.Warnings} warnings, {result.Elapsed.TotalSeconds:0.00} s. Reloading open pages.");
            _hub.Reload(_rebuilder?.Completed ?? 0);
            return;
        }

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        foreach (var line in errors) _error.WriteLine(line);
        _error.WriteLine($"Rebuild failed after a change to {what}: {errors.Count} errors. Still serving the last good site.");
        _hub.Failed(errors);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        if (raw == ReloadScript.Path)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(ReloadScript.Source);
            return;
        }

        if (raw == ReloadScript.EventsPath)
        {
            await _hub.ServeAsync(context, _app.Lifetime.ApplicationStopping);
            return;
        }

        var resolved = RequestPath.Resolve(raw, _folders.Output, Volatile.Read(ref _basePath));
        switch (resolved.Kind)
        {
            case Resolution.BadRequest:
                response.StatusCode = StatusCodes.Status400BadRequest;
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("Bad request: the address is not a plain path inside the site.\n");
                return;
            case Resolution.Redirect:
                response.Redirect(resolved.Location!);
                return;
            case Resolution.NotFound:
                await SendAsync(context, Path.Combine(_folders.Output, "404.html"), StatusCodes.Status404NotFound);
                return;
            default:
                await SendAsync(context, resolved.File!, StatusCodes.Status200OK);
                return;
        }
    }

    private static async Task SendAsync(HttpContext context, string file, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // No site yet (the first build failed) or the output folder is being swapped in right now.
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("Not found (the site is being rebuilt, or has not built yet: see the terminal).\n");
            return;
        }

        response.ContentType = ContentTypes.For(file);
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(ReloadScript.Inject(System.Text.Encoding.UTF8.GetString(bytes)));
        }

        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _watcher?.Dispose();
        await _app.StopAsync();
        if (_rebuilder is not null) await _rebuilder.DisposeAsync();
        await _app.DisposeAsync();
    }
}
