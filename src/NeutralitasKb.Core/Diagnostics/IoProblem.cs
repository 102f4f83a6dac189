using System.Text.RegularExpressions;

namespace NeutralitasKb.Diagnostics;

/// <summary>
/// A file-system failure in words an office editor understands, without the absolute paths, process ids and
/// temporary names .NET puts in its messages (the diagnostic already names the file).
/// </summary>
public static partial class IoProblem
{
    public static bool IsIo(Exception ex) => Unwrap(ex) is IOException or UnauthorizedAccessException;

    /// <summary>The first inner exception of a parallel loop's <see cref="AggregateException"/>, or the exception itself.</summary>
    public static Exception Unwrap(Exception ex) =>
        ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions.Count > 0 ? aggregate.Flatten().InnerExceptions[0] : ex;

    public static string Describe(Exception ex) => Unwrap(ex) switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it does not exist (a broken link, or removed during the build)",
        PathTooLongException => "the path or one of its names is too long",
        var other => QuotedPath().Replace(other.Message, "").Trim().TrimEnd('.'),
    };

    [GeneratedRegex(@"\s*:?\s*'[^']*'")]
    private static partial Regex QuotedPath();
}
