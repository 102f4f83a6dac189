namespace NeutralitasKb.Benchmarks.Corpus;

/// <summary>One page of a generated corpus: its file under input/, its slug (null for home) and the layout it asks for.</summary>
public sealed record PlannedPage(string Path, string? Slug, string Title, PageKind Kind, string Layout)
{
    public string Url => Slug is null ? "/" : "/" + Slug + "/";

    public string Folder => Path.Contains('/') ? Path[..Path.LastIndexOf('/')] : "";

    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];
}
