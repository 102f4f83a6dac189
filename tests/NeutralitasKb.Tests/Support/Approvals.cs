using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace NeutralitasKb.Tests.Support;

/// <summary>
/// Our small approval (snapshot) helper. The approved text lives beside the test as
/// <c>Class.Method.verified.html</c>. On a mismatch the helper writes <c>Class.Method.received.html</c> and fails
/// with a readable line diff; a developer approves by renaming received to verified. When the CI variable is set
/// nothing is ever written or accepted: a missing verified file fails.
/// </summary>
public static partial class Approvals
{
    public static void VerifyHtml(string html, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "") =>
        Verify(Prettify(html), "html", testFile, method);

    public static void Verify(string text, string extension, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var name = $"{Path.GetFileNameWithoutExtension(testFile)}.{method}";
        var verifiedPath = Path.Combine(folder, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var received = Normalize(text);
        var inCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

        if (!File.Exists(verifiedPath))
        {
            if (!inCi) File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            throw new XunitException($"No approved snapshot {Path.GetFileName(verifiedPath)}." +
                (inCi ? " Snapshots are never created on CI: approve it locally and commit it." : $" Review {receivedPath} and rename it to .verified.{extension} to approve."));
        }

        var verified = Normalize(File.ReadAllText(verifiedPath));
        if (verified == received)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (!inCi) File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        throw new XunitException($"Snapshot {Path.GetFileName(verifiedPath)} differs (- approved, + received):\n{Diff(verified, received)}" +
            (inCi ? "" : $"\nIf the change is intended, approve it: mv {receivedPath} {verifiedPath}"));
    }

    /// <summary>One element per line, indented, so a diff shows what changed; build dates scrubbed.</summary>
    public static string Prettify(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter();
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return Scrub(writer.ToString());
    }

    public static string Scrub(string text) => BuildYear().Replace(text, "[year]");

    public static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var output = new StringBuilder();
        var lines = diff.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2))
                .Any(j => lines[j].Type != ChangeType.Unchanged);
            if (!near) continue;
            var mark = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            output.Append(lines[i].Position?.ToString().PadLeft(5) ?? "     ").Append(' ').Append(mark).AppendLine(lines[i].Text);
        }

        return output.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    [GeneratedRegex(@"(?<=©\s*)\d{4}")]
    private static partial Regex BuildYear();
}
