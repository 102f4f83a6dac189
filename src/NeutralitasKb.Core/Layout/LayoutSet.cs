using HandlebarsDotNet;

namespace NeutralitasKb.Layout;

/// <summary>The theme's layouts, compiled once per build and rendered many times (thread-safe).</summary>
public sealed class LayoutSet(IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> layouts, IReadOnlyDictionary<string, string> files)
{
    public bool Has(string name) => layouts.ContainsKey(name);

    public IEnumerable<string> Names => layouts.Keys.Order(StringComparer.Ordinal);

    /// <summary>Display path of the layout's source file, for diagnostics.</summary>
    public string FileOf(string name) => files.TryGetValue(name, out var file) ? file : $"layouts/{name}.hbs";

    public string Render(string name, object data) => layouts[name](data);
}
