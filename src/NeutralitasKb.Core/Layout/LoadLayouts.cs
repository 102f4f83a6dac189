using System.Text.RegularExpressions;
using HandlebarsDotNet;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Layout;

/// <summary>
/// Compiles theme/layouts (overlaid by input/layouts) with one Handlebars environment: partials from layouts/partials,
/// strict bindings so a misspelt name is an error instead of an empty string.
/// </summary>
public sealed partial class LoadLayouts : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
        handlebars.RegisterHelper("eq", (in HelperOptions _, in Context _, in Arguments args) =>
            args.Length == 2 && Equals(args[0]?.ToString(), args[1]?.ToString()));
        var sources = context.Sources.Values.Where(SourceKinds.IsLayout).Where(f => f.Extension == ".hbs")
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();

        var texts = new List<(string File, string Text)>();
        var partials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var partial in sources.Where(f => f.RelativePath.StartsWith("layouts/partials/", StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(partial.RelativePath);
            partials.Add(name);
            if (ReadTemplate(partial, context.Diagnostics) is { } text && Compiles(handlebars, text, partial, context.Diagnostics))
            {
                handlebars.RegisterTemplate(name, text);
                texts.Add((partial.DisplayPath, text));
            }
            else
            {
                handlebars.RegisterTemplate(name, ""); // reported; the stand-in keeps the error from repeating on every page
            }
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var layout in sources.Where(f => !f.RelativePath.StartsWith("layouts/partials/", StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(layout.RelativePath);
            files[name] = layout.DisplayPath;
            if (ReadTemplate(layout, context.Diagnostics) is not { } text) continue;
            try
            {
                layouts[name] = handlebars.Compile(text);
                texts.Add((layout.DisplayPath, text));
            }
            catch (Exception ex) when (ex is HandlebarsException or InvalidOperationException or ArgumentException)
            {
                ReportSyntax(layout, text, ex, context.Diagnostics);
            }
        }

        ReportMissingPartials(handlebars, partials, texts, context.Diagnostics);
        context.Layouts = new LayoutSet(layouts, files, texts);
    }

    private static string? ReadTemplate(SourceFile file, DiagnosticBag diagnostics) =>
        SourceText.Read(file.FullPath, file.DisplayPath, SourceText.MaxDataBytes, diagnostics);

    /// <summary>
    /// A '{{> name}}' without layouts/partials/name.hbs is reported where it is written; an empty stand-in is then
    /// registered so the pages render and the one error is not repeated per page.
    /// </summary>
    private static void ReportMissingPartials(IHandlebars handlebars, IReadOnlySet<string> partials, List<(string File, string Text)> texts, DiagnosticBag diagnostics)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, text) in texts)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match reference in PartialPattern().Matches(lines[i]))
                {
                    var name = reference.Groups["name"].Value;
                    if (partials.Contains(name)) continue;
                    var suggestion = Suggest.Closest(name, partials);
                    diagnostics.Error(DiagnosticCodes.TemplateRender, file, i + 1, reference.Index + 1, $"partial '{name}' does not exist",
                        (suggestion is null ? "" : $"did you mean '{suggestion}'? ") + $"create layouts/partials/{name}.hbs, or remove '{reference.Value}}}}}'");
                    if (missing.Add(name)) handlebars.RegisterTemplate(name, "");
                }
            }
        }
    }

    private static bool Compiles(IHandlebars handlebars, string text, SourceFile file, DiagnosticBag diagnostics)
    {
        try
        {
            handlebars.Compile(text);
            return true;
        }
        catch (Exception ex) when (ex is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            ReportSyntax(file, text, ex, diagnostics);
            return false;
        }
    }

    private static void ReportSyntax(SourceFile file, string text, Exception ex, DiagnosticBag diagnostics)
    {
        var (line, column) = Locate(text, ex.Message);
        diagnostics.Error(DiagnosticCodes.TemplateSyntax, file.DisplayPath, line, column, $"template syntax error: {ex.Message.Split('\n')[0].Trim()}",
            "check that every {{#block}} has a matching {{/block}} and every '{{' is closed with '}}'");
    }

    /// <summary>Handlebars.Net names the position as "line:column" in some messages; otherwise point at the first unbalanced block.</summary>
    private static (int Line, int Column) Locate(string text, string message)
    {
        var match = PositionPattern().Match(message);
        if (match.Success)
        {
            return (int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["col"].Value));
        }

        var open = new Stack<(string Name, int Line, int Column)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match tag in BlockTagPattern().Matches(lines[i]))
            {
                var name = tag.Groups["name"].Value;
                if (tag.Groups["kind"].Value == "#")
                {
                    open.Push((name, i + 1, tag.Index + 1));
                }
                else if (open.Count > 0 && open.Peek().Name == name)
                {
                    open.Pop();
                }
                else
                {
                    return (i + 1, tag.Index + 1);
                }
            }
        }

        return open.Count > 0 ? (open.Peek().Line, open.Peek().Column) : (1, 1);
    }

    [GeneratedRegex(@"(?<line>\d+):(?<col>\d+)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"\{\{~?>\s*(?<name>[\w-]+)")]
    private static partial Regex PartialPattern();

    [GeneratedRegex(@"\{\{~?(?<kind>[#/])(?<name>[\w-]+)")]
    private static partial Regex BlockTagPattern();
}
