using System.Buffers;
using System.Text;
using System.Text.Unicode;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Sources;

/// <summary>
/// Reads a source text (page, settings, template) for the build. Every way that can fail becomes one diagnostic:
/// too large (NKB1104), unreadable (NKB1103), not UTF-8 (NKB1102, at the line and column of the first bad byte).
/// </summary>
public static class SourceText
{
    /// <summary>Limit for settings, templates and data files: anything larger is not what the editor meant to give.</summary>
    public const long MaxDataBytes = 1024 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string? Read(string path, string display, long maxBytes, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, display, 0, 0,
                    $"the file is {stream.Length / (1024 * 1024.0):0.0} MB; a source file may be at most {maxBytes / (1024 * 1024.0):0.#} MB",
                    "split it into several pages, or link to the document instead of pasting it");
                return null;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (IoProblem.IsIo(ex))
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, display, 0, 0, $"cannot read the file: {IoProblem.Describe(ex)}",
                "check that the file exists and that you may read it (on Linux: 'chmod a+r FILE'), or delete it");
            return null;
        }

        return Decode(bytes, display, diagnostics);
    }

    /// <summary>Strict UTF-8 (a leading BOM is dropped, CRLF and CR become LF); null and a diagnostic at the first invalid byte.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, display, 1, 1, "the file is saved as UTF-16 ('Unicode'), not UTF-8",
                "open it in a text editor and save it again with the encoding 'UTF-8'");
            return null;
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var before = chars.AsSpan(0, written);
            var line = before.Count('\n') + 1;
            var column = written - (before.LastIndexOf('\n') + 1) + 1;
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, display, line, column,
                $"the file is not valid UTF-8 text: byte 0x{bytes[read]:X2} here is not a character",
                "retype the character at this position, or save the file again with the encoding 'UTF-8' (text pasted from old documents often brings such bytes)");
            return null;
        }

        // A lone CR is a line break to Markdig and to editors: make it one for our line numbers too.
        return new string(chars, 0, written).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
