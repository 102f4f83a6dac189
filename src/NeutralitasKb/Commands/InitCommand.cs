using System.CommandLine;

namespace NeutralitasKb.Cli.Commands;

public static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("init", "Start a new OPD site in DIR from the default content.");
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder for the new site (must not exist or be empty)" };
        command.Arguments.Add(dir);
        command.SetAction(parse =>
        {
            error.WriteLine("init is not implemented yet");
            return Cli.UsageErrors;
        });
        return command;
    }
}
