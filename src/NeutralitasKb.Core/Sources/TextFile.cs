using System.Text;

namespace NeutralitasKb.Sources;

public static class TextFile
{
    /// <summary>Strict UTF-8: invalid bytes throw <see cref="DecoderFallbackException"/> instead of becoming '�'.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadUtf8(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Decode(bytes);
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return StrictUtf8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>1-based line of the first "key:" (at any indentation) in a YAML text; 1 if absent.</summary>
    public static int LineOfKey(string yaml, string key) => FindLineOfKey(yaml, key) ?? 1;

    /// <summary>1-based line of the first "key:" (at any indentation) in a YAML text; null if absent.</summary>
    public static int? FindLineOfKey(string yaml, string key)
    {
        var line = 1;
        var start = 0;
        while (start <= yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0) end = yaml.Length;
            var text = yaml.AsSpan(start, end - start).TrimStart();
            if (text.StartsWith("- ")) text = text[2..].TrimStart();
            if (text.StartsWith(key, StringComparison.Ordinal) && text.Length > key.Length && text[key.Length] == ':')
            {
                return line;
            }

            line++;
            start = end + 1;
        }

        return null;
    }
}
