using System.Collections.Concurrent;

namespace NeutralitasKb.Diagnostics;

/// <summary>
/// Thread-safe collector: stages report every problem they find, the build stops between stages. The counts are
/// kept as they are added, so asking for them never walks (and never freezes) the queue.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;
    private int _warnings;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errors);
        }
        else
        {
            Interlocked.Increment(ref _warnings);
        }
    }

    public void Error(string code, string file, int line, int column, string message, string fix) =>
        Add(new Diagnostic(code, Severity.Error, file, line, column, message, fix));

    public void Warning(string code, string file, int line, int column, string message, string fix) =>
        Add(new Diagnostic(code, Severity.Warning, file, line, column, message, fix));

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    /// <summary>Errors added so far, repeats included (as reported, before <see cref="Sorted"/> removes duplicates).</summary>
    public int ErrorCount => Volatile.Read(ref _errors);

    public int WarningCount => Volatile.Read(ref _warnings);

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
