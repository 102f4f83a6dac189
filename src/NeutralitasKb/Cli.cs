using System.CommandLine;
using NeutralitasKb.Cli.Commands;

namespace NeutralitasKb.Cli;

/// <summary>The one executable: build (default), check, preview, init, links update. Exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
public static class Cli
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("NeutralitasKb: builds the ASN neutrality guidance site from input/ and theme/ into a static site.");
        root.Subcommands.Add(BuildCommand.Create(output, error, checkOnly: false));
        root.Subcommands.Add(BuildCommand.Create(output, error, checkOnly: true));
        root.Subcommands.Add(PreviewCommand.Create(output, error));
        root.Subcommands.Add(InitCommand.Create(output, error));
        root.Subcommands.Add(LinksCommand.Create(output, error));

        var parse = root.Parse(DefaultToBuild(args));
        if (parse.Errors.Count > 0)
        {
            var problems = parse.Errors.Count > 1
                ? parse.Errors.Where(e => !e.Message.StartsWith("Required command", StringComparison.Ordinal)).ToList()
                : parse.Errors.ToList();
            foreach (var problem in problems)
            {
                error.WriteLine($"usage error: {problem.Message}");
            }

            error.WriteLine("Run 'nkb --help' (or 'nkb <command> --help') to see the commands and their options.");
            return UsageErrors;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return parse.Invoke(configuration);
    }

    /// <summary>No command means build: <c>nkb</c> and <c>nkb --output site</c> build the site.</summary>
    private static string[] DefaultToBuild(string[] args)
    {
        if (args.Length == 0) return ["build"];
        var first = args[0];
        var isRootOption = first is "-h" or "--help" or "-?" or "/?" or "--version";
        return first.StartsWith('-') && !isRootOption ? ["build", .. args] : args;
    }
}
