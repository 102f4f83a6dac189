using System.Globalization;
using System.Text;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.BadInput;

/// <summary>
/// One file of Cases/: a whole broken site in TestSite's txtar format, then an <c>-- expected --</c> block with the exact
/// diagnostic lines. Text before the first block describes the case; its lines starting with '!' are directives for
/// what a text block cannot say:
/// <list type="bullet">
/// <item><c>! without-settings</c>: no default input/settings.yml.</item>
/// <item><c>! remove PATH</c>: delete a file or folder after writing the site.</item>
/// <item><c>! append-bytes PATH HEX…</c>: append raw bytes (creates the file if needed).</item>
/// <item><c>! grow PATH BYTES</c>: append Markdown paragraphs until the file has at least BYTES bytes.</item>
/// <item><c>! unreadable PATH</c>: chmod 000 (ineffective as root or on Windows: see <see cref="BadInputTests"/>).</item>
/// <item><c>! broken-symlink PATH</c>: replace PATH with a link to a file that does not exist.</item>
/// <item><c>! output-is-file</c>: the previous output folder is replaced by a file of that name.</item>
/// </list>
/// </summary>
public sealed record BadInputCase(string Name, string Spec, IReadOnlyList<string[]> Directives, IReadOnlyList<string> Expected)
{
    public static string Folder => Repo.Path("tests", "NeutralitasKb.Tests", "BadInput", "Cases");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public bool WithSettings => !Directives.Any(d => d[0] == "without-settings");

    public string? UnreadablePath => Directives.FirstOrDefault(d => d[0] == "unreadable")?[1];

    public static BadInputCase Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string marker = "\n-- expected --\n";
        var cut = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(cut >= 0, $"case {name} has no '-- expected --' block");
        var spec = text[..cut] + "\n";
        var expected = text[(cut + marker.Length)..].Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var preamble = spec.Split('\n').TakeWhile(l => !(l.StartsWith("-- ", StringComparison.Ordinal) && l.EndsWith(" --", StringComparison.Ordinal)));
        var directives = preamble.Where(l => l.StartsWith("! ", StringComparison.Ordinal))
            .Select(l => l[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return new BadInputCase(name, spec, directives, expected);
    }

    /// <summary>Applies the directives to a site whose files are written (<see cref="TestSite.Reset"/>).</summary>
    public void Apply(TestSite site)
    {
        foreach (var directive in Directives)
        {
            var path = directive.Length > 1 ? site.FullPath(directive[1]) : "";
            switch (directive[0])
            {
                case "without-settings":
                    break;
                case "remove":
                    if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                    else File.Delete(path);
                    break;
                case "append-bytes":
                    using (var stream = new FileStream(path, FileMode.Append))
                    {
                        stream.Write(directive[2..].Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray());
                    }

                    break;
                case "grow":
                    Grow(path, long.Parse(directive[2], CultureInfo.InvariantCulture));
                    break;
                case "unreadable" when !OperatingSystem.IsWindows():
                    File.SetUnixFileMode(path, UnixFileMode.None);
                    break;
                case "unreadable":
                    break; // no chmod on Windows: the test reads the file through a folder instead
                case "broken-symlink":
                    File.Delete(path);
                    File.CreateSymbolicLink(path, path + ".missing");
                    break;
                case "output-is-file":
                    Directory.Delete(site.Folders.Output, recursive: true);
                    File.WriteAllText(site.Folders.Output, "catatan rapat: jangan dihapus\n");
                    break;
                default:
                    throw new InvalidOperationException($"case {Name}: unknown directive '! {string.Join(' ', directive)}'");
            }
        }
    }

    public override string ToString() => Name;

    private static void Grow(string path, long size)
    {
        const string paragraph = "ASN wajib menjaga netralitas dalam setiap tahapan pemilihan, di kantor maupun di media sosial.\n\n";
        using var writer = new StreamWriter(path, append: true, new UTF8Encoding(false));
        for (var written = new FileInfo(path).Length; written < size; written += paragraph.Length)
        {
            writer.Write(paragraph);
        }
    }
}
