using HandlebarsDotNet;

namespace NeutralitasKb.Layout;

/// <summary>The theme's layouts, compiled once per build and rendered many times (thread-safe).</summary>
/// <param name="files">Display path of every layout file by name, including those that failed to compile.</param>
/// <param name="templates">Every template's (layout or partial) display path and text, to locate render errors.</param>
public sealed class LayoutSet(
    IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> layouts,
    IReadOnlyDictionary<string, string> files,
    IReadOnlyList<(string File, string Text)>? templates = null)
{
    public bool Has(string name) => layouts.ContainsKey(name);

    /// <summary>The layout file exists but did not compile or read (already reported): its pages fail silently.</summary>
    public bool IsBroken(string name) => files.ContainsKey(name) && !layouts.ContainsKey(name);

    public IEnumerable<string> Names => layouts.Keys.Order(StringComparer.Ordinal);

    /// <summary>Display path of the layout's source file, for diagnostics.</summary>
    public string FileOf(string name) => files.TryGetValue(name, out var file) ? file : $"layouts/{name}.hbs";

    /// <summary>The layout's own file first, then the partials: the templates a render error may come from.</summary>
    public IEnumerable<(string File, string Text)> TemplatesOf(string name) =>
        (templates ?? []).OrderBy(t => t.File == FileOf(name) ? 0 : 1);

    public string Render(string name, object data) => layouts[name](data);
}
