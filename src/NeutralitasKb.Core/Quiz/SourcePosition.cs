namespace NeutralitasKb.Quiz;

/// <summary>A 1-based place in a source file, printed as <c>path:line:column</c>.</summary>
public sealed record SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
