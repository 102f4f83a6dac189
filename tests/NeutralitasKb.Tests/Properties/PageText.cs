namespace NeutralitasKb.Tests.Properties;

/// <summary>A generated page source: front matter (maybe broken or absent) and a Markdown body. Printed whole when a property fails.</summary>
public sealed record PageText(string FrontMatter, string Body)
{
    public string Text => FrontMatter + Body;

    public override string ToString() => "\n----- page source -----\n" + Text.Replace("\0", "\\0", StringComparison.Ordinal) + "\n-----------------------";
}
