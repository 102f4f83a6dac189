using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Site;

namespace NeutralitasKb.Layout;

/// <summary>
/// A layout that failed while rendering a page, told where the template says it: a misspelt name
/// ('{{page.titel}}') is found in the layout or its partials and compared with the names the page's data has.
/// </summary>
public sealed record RenderProblem(string File, int Line, int Column, string Message, string Fix)
{
    private const string DataHelp = "the names a layout may use are listed in the README (e.g. page.title, site.opd.name)";

    public static RenderProblem Of(Exception ex, string layout, Page page, IReadOnlyDictionary<string, object?> data, LayoutSet layouts)
    {
        if (ex is HandlebarsUndefinedBindingException undefined)
        {
            var path = string.IsNullOrEmpty(undefined.Path) ? undefined.MissingKey : undefined.Path;
            var (file, line, column) = Locate(path, layout, layouts);
            var suggestion = Suggestion(path, data);
            return new RenderProblem(file, line, column, $"'{path}' is not defined (rendering {page.Display})",
                (suggestion is null ? "" : $"did you mean '{suggestion}'? Otherwise ") + DataHelp);
        }

        return new RenderProblem(layouts.FileOf(layout), 0, 0, $"rendering {page.Display} failed: {ex.Message.Split('\n')[0].Trim()}",
            "check the template against " + DataHelp);
    }

    private static (string File, int Line, int Column) Locate(string path, string layout, LayoutSet layouts)
    {
        foreach (var (file, text) in layouts.TemplatesOf(layout))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var column = IndexInExpression(lines[i], path);
                if (column >= 0) return (file, i + 1, column + 1);
            }
        }

        return (layouts.FileOf(layout), 0, 0);
    }

    /// <summary>Where the name stands as a whole name inside '{{ … }}' on a line, or -1.</summary>
    private static int IndexInExpression(string line, string path)
    {
        for (var at = line.IndexOf(path, StringComparison.Ordinal); at >= 0; at = line.IndexOf(path, at + 1, StringComparison.Ordinal))
        {
            var end = at + path.Length;
            var whole = (at == 0 || !(char.IsLetterOrDigit(line[at - 1]) || line[at - 1] is '.' or '_' or '-'))
                && (end == line.Length || !(char.IsLetterOrDigit(line[end]) || line[end] is '_' or '-'));
            var inside = line.LastIndexOf("{{", at, StringComparison.Ordinal) > line.LastIndexOf("}}", at, StringComparison.Ordinal);
            if (whole && inside) return at;
        }

        return -1;
    }

    /// <summary>Walks the data along the path; at the first missing name, the closest name that exists there.</summary>
    private static string? Suggestion(string path, IReadOnlyDictionary<string, object?> data)
    {
        var parts = path.Split('.');
        IReadOnlyDictionary<string, object?>? current = data;
        for (var i = 0; i < parts.Length && current is not null; i++)
        {
            if (current.TryGetValue(parts[i], out var next))
            {
                current = next as IReadOnlyDictionary<string, object?>;
                continue;
            }

            var closest = Suggest.Closest(parts[i], current.Keys);
            return closest is null ? null : string.Join('.', parts[..i].Append(closest));
        }

        return null;
    }
}
