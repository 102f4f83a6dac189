namespace NeutralitasKb.Markdown;

/// <summary>A heading of a page's content: the table of contents and the A–Z index are built from these.</summary>
public sealed record Heading(int Level, string Id, string Text, int Line);
