using System.CommandLine;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Cli.Commands;

/// <summary>--input, --theme, --output, shared by build, check and preview.</summary>
public sealed class SiteOptions
{
    public Option<DirectoryInfo?> Input { get; } = new("--input", "-i") { Description = "Content and settings folder (default: ./input)" };
    public Option<DirectoryInfo?> Theme { get; } = new("--theme", "-t") { Description = "Theme folder (default: ./theme, else the theme shipped with nkb)" };
    public Option<DirectoryInfo?> Output { get; } = new("--output", "-o") { Description = "Where the site is written (default: ./output)" };

    public void AddTo(Command command, bool withOutput = true)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (withOutput) command.Options.Add(Output);
    }

    public SiteFolders Resolve(ParseResult parse)
    {
        var cwd = Directory.GetCurrentDirectory();
        var input = parse.GetValue(Input)?.FullName ?? Path.Combine(cwd, "input");
        var siteRoot = Path.GetDirectoryName(Path.GetFullPath(input).TrimEnd('/', '\\')) ?? cwd;
        var theme = parse.GetValue(Theme)?.FullName ?? SiteFolders.LocateTheme(siteRoot);
        var output = parse.GetValue(Output)?.FullName ?? Path.Combine(cwd, "output");
        return new SiteFolders(input, theme, output);
    }
}
