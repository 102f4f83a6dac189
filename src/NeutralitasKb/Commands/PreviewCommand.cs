using System.CommandLine;

namespace NeutralitasKb.Cli.Commands;

public static class PreviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("preview", "Build, serve the site on 127.0.0.1, rebuild on every change and reload the browser.");
        var site = new SiteOptions();
        site.AddTo(command);
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5173 };
        command.Options.Add(port);
        command.SetAction(parse =>
        {
            error.WriteLine("preview is not implemented yet");
            return Cli.UsageErrors;
        });
        return command;
    }
}
