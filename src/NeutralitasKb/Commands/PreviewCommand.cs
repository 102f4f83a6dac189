using System.CommandLine;
using System.Net.Sockets;
using NeutralitasKb.Build;
using NeutralitasKb.Cli.Preview;

namespace NeutralitasKb.Cli.Commands;

public static class PreviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("preview",
            "Build, serve the site on 127.0.0.1 only (under the base URL's path, as your web server will), rebuild on every change " +
            "to input/ or theme/ and reload the browser. A change that does not build keeps the last good site and shows the errors. Ctrl+C stops.");
        var site = new SiteOptions();
        site.AddTo(command);
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5173 };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (faster rebuilds); pages then say search is unavailable" };
        var node = new Option<string?>("--node") { Description = "Path of the Node.js executable used to run Pagefind (default: 'node' on PATH)" };
        command.Options.Add(port);
        command.Options.Add(noSearch);
        command.Options.Add(node);
        command.SetAction(async (parse, cancel) =>
        {
            var folders = site.Resolve(parse);
            var options = new BuildOptions
            {
                NodePath = parse.GetValue(noSearch) ? "" : parse.GetValue(node) ?? Environment.GetEnvironmentVariable("NKB_NODE"),
            };
            return await RunAsync(folders, options, parse.GetValue(port), output, error);
        });
        return command;
    }

    public static async Task<int> RunAsync(Sources.SiteFolders folders, BuildOptions options, int port, TextWriter output, TextWriter error)
    {
        if (port is < 0 or > 65535)
        {
            error.WriteLine($"usage error: --port must be between 0 and 65535, not {port}");
            return Cli.UsageErrors;
        }

        var first = SiteBuilder.Build(folders, options);
        BuildCommand.Report(first, folders.Display(folders.Output), checkOnly: false, output, error);
        if (!first.Succeeded)
        {
            error.WriteLine("Serving anyway: fix the errors above and the site appears once it builds.");
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(folders, port, () => SiteBuilder.Build(folders, options), first, output, error);
        }
        catch (IOException ex) when (ex.InnerException is SocketException or null)
        {
            error.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {ex.Message}. Another program uses the port: pass '--port 0' or another number.");
            return Cli.UsageErrors;
        }

        await using (server)
        {
            output.WriteLine($"Preview: {server.Url}  (127.0.0.1 only; watching {folders.Display(folders.Input)}/ and {folders.Display(folders.Theme)}/; Ctrl+C stops)");
            await server.WaitForShutdownAsync();
            output.WriteLine("Stopping the preview.");
        }

        return Cli.Success;
    }
}
