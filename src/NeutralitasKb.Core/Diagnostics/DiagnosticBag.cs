using System.Collections.Concurrent;

namespace NeutralitasKb.Diagnostics;

/// <summary>Thread-safe collector: stages report every problem they find, the build stops between stages.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, string file, int line, int column, string message, string fix) =>
        Add(new Diagnostic(code, Severity.Error, file, line, column, message, fix));

    public void Warning(string code, string file, int line, int column, string message, string fix) =>
        Add(new Diagnostic(code, Severity.Warning, file, line, column, message, fix));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>All diagnostics in a stable order: by file, line, column, code.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
