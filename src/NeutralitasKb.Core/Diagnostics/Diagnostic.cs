namespace NeutralitasKb.Diagnostics;

/// <summary>
/// One problem found in a build. Lines and columns are 1-based; 0 means "no position".
/// Printed as <c>path:line:column: error NKB5001: message — fix</c>, which editors and CI turn into links.
/// </summary>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string Fix)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var location = File;
        if (Line > 0)
        {
            location += $":{Line}:{Math.Max(Column, 1)}";
        }

        var kind = Severity == Severity.Error ? "error" : "warning";
        var fix = string.IsNullOrWhiteSpace(Fix) ? "" : $" — {Fix}";
        return $"{location}: {kind} {Code}: {Message}{fix}";
    }
}
