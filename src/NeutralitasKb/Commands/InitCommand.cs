using System.CommandLine;
using NeutralitasKb.Cli.Init;

namespace NeutralitasKb.Cli.Commands;

public static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("init", "Start a new OPD site in DIR from the default content: settings, the guidance pages, a local pages section (input/lokal/) and a README.");
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder for the new site (must not exist or be empty)" };
        command.Arguments.Add(dir);
        command.SetAction(parse => Run(parse.GetValue(dir)!.FullName, output, error));
        return command;
    }

    public static int Run(string dir, TextWriter output, TextWriter error)
    {
        if (NewSite.Refusal(dir) is { } refusal)
        {
            error.WriteLine($"error: {refusal}");
            return Cli.UsageErrors;
        }

        var content = DefaultContent.Locate();
        if (content is null)
        {
            error.WriteLine($"error: the default content was not found: nkb expects it in '{Path.Combine(AppContext.BaseDirectory, DefaultContent.ShippedFolder)}' (unpack the whole release archive, not only the executable)");
            return Cli.UsageErrors;
        }

        var files = NewSite.Create(dir, content);
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), dir);
        if (shown.StartsWith("..", StringComparison.Ordinal)) shown = dir;
        output.WriteLine($"Created a new site in {shown}/ ({files} files).");
        output.WriteLine();
        output.WriteLine("Next steps:");
        output.WriteLine($"  1. Edit {shown}/input/settings.yml: OPD name, region, baseUrl, logo, primaryColor, Satgas contacts, reporting channels, Pilkada date.");
        output.WriteLine($"  2. Fill in or delete the example local page {shown}/input/lokal/surat-edaran-kepala-daerah.md.");
        output.WriteLine($"  3. Build:   cd {shown} && nkb build      (or: nkb build --input {shown}/input --output {shown}/output)");
        output.WriteLine($"     Preview: cd {shown} && nkb preview    (http://127.0.0.1:5173/, reloads on every change)");
        output.WriteLine($"  4. Upload {shown}/output/ to your web server; after publishing run 'nkb links update' there. See {shown}/README.md.");
        return Cli.Success;
    }
}
