namespace NeutralitasKb.Sources;

/// <summary>A file of the overlaid site: <see cref="RelativePath"/> uses '/' and is unique; input/ wins over theme/.</summary>
public sealed record SourceFile(string RelativePath, string FullPath, SourceOrigin Origin, string DisplayPath)
{
    public string Extension => Path.GetExtension(RelativePath).ToLowerInvariant();

    public bool IsMarkdown => Extension == ".md";
}
