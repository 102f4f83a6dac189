namespace NeutralitasKb.Output;

/// <summary>A file of the built site that is not a page: either bytes made by the build or a source file copied as is.</summary>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom)
{
    public static OutputFile Text(string path, string text) => new(path, TextEncoding.GetBytes(text), null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    private static readonly System.Text.UTF8Encoding TextEncoding = new(false);
}
