using System.Reflection;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Sources;
using NeutralitasKb.Tests.Support;
using Xunit.Abstractions;

namespace NeutralitasKb.Tests.BadInput;

/// <summary>
/// Every kind of broken input, one file each in Cases/, and the exact lines the build prints for it. Each case
/// first builds a good site, then breaks the input and builds again: the build must fail with exactly the
/// expected diagnostics, print no stack trace, and leave the previous output byte for byte as it was.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output)
{
    /// <summary>The previous site every case starts from.</summary>
    private const string GoodSite = """
        -- input/index.md --
        ---
        title: Beranda
        description: Panduan netralitas ASN.
        reviewed: 2026-11-23
        ---
        Baca [sanksi](/sanksi/#berat).
        -- input/sanksi.md --
        ---
        title: Sanksi
        description: Sanksi pelanggaran netralitas.
        slug: sanksi
        reviewed: 2026-11-23
        ---
        ## Hukuman berat {#berat}
        Teks.
        """;

    /// <summary>
    /// Codes no case can show: an internal error is a bug in the generator, not a kind of bad input; the search
    /// indexer's warning (the build succeeds) and failure need a stand-in for Node.js, so
    /// Search/SearchAvailabilityTests and Search/IndexSearchTests give them their exact messages.
    /// </summary>
    private static readonly HashSet<string> CodesWithoutCase =
        [DiagnosticCodes.InternalError, DiagnosticCodes.SearchSkipped, DiagnosticCodes.SearchIndexFailed];

    public static TheoryData<string> Cases() => new(BadInputCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_input_fails_with_exact_diagnostics_and_keeps_the_previous_site(string name)
    {
        var @case = BadInputCase.Load(name);
        using var site = new TestSite(GoodSite);
        var good = site.Build();
        Assert.True(good.Succeeded && good.Diagnostics.Count == 0, "the good site must build cleanly:\n" + string.Join("\n", site.Messages(good)));

        site.Reset(@case.Spec, @case.WithSettings);
        @case.Apply(site);
        if (@case.UnreadablePath is { } unreadable && CanStillRead(site.FullPath(unreadable)))
        {
            AssertUnreadableThroughAFolder(@case, site, unreadable);
            return;
        }

        var before = FolderSnapshot.Take(site.Folders.Output);
        var result = site.Build();
        var messages = site.Messages(result);

        Assert.False(result.Succeeded, "the build succeeded:\n" + string.Join("\n", messages));
        Assert.DoesNotContain(messages, m => m.Contains("   at ", StringComparison.Ordinal));
        AssertLines(@case.Expected, messages, name);
        FolderSnapshot.Take(site.Folders.Output).AssertSameAs(before, "the previous output");
        Assert.Empty(site.LeftoversBesideOutput());
    }

    [Fact]
    public void Every_diagnostic_code_has_a_bad_input_case()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Name: f.Name, Code: (string)f.GetRawConstantValue()!))
            .ToList();
        // Quiz sources have their own cases beside their tests (Quiz/cases/), laid over one small quiz site.
        var used = BadInputCase.Names().Select(BadInputCase.Load).SelectMany(c => c.Expected)
            .Concat(Quiz.QuizValidationTests.ExpectedLines()).ToList();
        var missing = codes
            .Where(c => !CodesWithoutCase.Contains(c.Code))
            .Where(c => !used.Any(line => line.Contains($" {c.Code}: ", StringComparison.Ordinal)))
            .Select(c => $"{c.Name} ({c.Code})")
            .ToList();
        Assert.True(codes.Count > 20, "DiagnosticCodes was not read");
        Assert.True(missing.Count == 0, "Diagnostic codes without a case in BadInput/Cases or Quiz/cases (add one): " + string.Join(", ", missing));
    }

    private static bool CanStillRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Running as root, chmod 000 does not stop reading. The same failure (an <see cref="UnauthorizedAccessException"/>
    /// on open) comes from a folder named like the page, which the build never lists as a page, so the page parser
    /// is asked directly.
    /// </summary>
    private void AssertUnreadableThroughAFolder(BadInputCase @case, TestSite site, string relative)
    {
        output.WriteLine($"Running as root: chmod 000 is ineffective, so {relative} is replaced by a folder and parsed directly.");
        var full = site.FullPath(relative);
        File.Delete(full);
        Directory.CreateDirectory(full);
        var source = new SourceFile(relative["input/".Length..], full, SourceOrigin.Input, site.Folders.Display(full));
        var diagnostics = new DiagnosticBag();
        var page = ParsePages.Parse(source, diagnostics);
        Assert.True(page.Failed);
        AssertLines(@case.Expected, site.Messages(diagnostics.Sorted()), @case.Name);
    }

    private static void AssertLines(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string name)
    {
        var want = string.Join("\n", expected);
        var got = string.Join("\n", actual);
        Assert.True(want == got, $"Case {name}: diagnostics differ (- expected, + actual):\n{Approvals.Diff(want + "\n", got + "\n")}\nActual lines:\n{got}");
    }
}
