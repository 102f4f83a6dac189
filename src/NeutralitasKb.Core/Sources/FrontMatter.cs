namespace NeutralitasKb.Sources;

/// <summary>The typed front matter of a page (see the README's authoring guide for each key).</summary>
public sealed record FrontMatter
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string? Slug { get; init; }
    public int Order { get; init; } = 1000;
    public DateOnly? Reviewed { get; init; }
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string Layout { get; init; } = "page";
    public bool Toc { get; init; } = true;
    public bool Nav { get; init; } = true;
    public bool Search { get; init; } = true;

    /// <summary>1-based line of each key in the file, for diagnostics that point at a value.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;
}

#pragma warning disable CA1002
internal sealed class FrontMatterDocument
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Slug { get; set; }
    public int? Order { get; set; }
    public string? Reviewed { get; set; }
    public string? Updated { get; set; }
    public List<string>? Keywords { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Layout { get; set; }
    public bool? Toc { get; set; }
    public bool? Nav { get; set; }
    public bool? Search { get; set; }
}
#pragma warning restore CA1002
