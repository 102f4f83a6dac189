using System.Reflection;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Quiz;

/// <summary>
/// Bad quiz input: each file in cases/ lays broken quiz sources over <see cref="QuizSite.Base"/> and lists, under
/// <c>-- expected --</c>, every diagnostic line the build must print — no more, no fewer (so each error appears once).
/// </summary>
public sealed class QuizValidationTests
{
    private static readonly string CasesFolder = Repo.Path("tests", "NeutralitasKb.Tests", "Quiz", "cases");

    public static TheoryData<string> Cases() => new(CaseNames());

    private static IEnumerable<string> CaseNames() =>
        Directory.EnumerateFiles(CasesFolder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_quiz_source_prints_exactly_the_expected_diagnostics(string name)
    {
        var (spec, expected) = ReadCase(name);
        using var site = QuizSite.Create(spec);
        var actual = site.Messages(site.Build(checkOnly: true));
        Assert.True(expected.SequenceEqual(actual),
            $"Case {name}.txt\nExpected:\n{string.Join("\n", expected)}\n\nActual:\n{string.Join("\n", actual)}");
    }

    [Fact]
    public void The_base_quiz_site_builds_without_diagnostics()
    {
        using var site = QuizSite.Create();
        var result = site.Build(checkOnly: true);
        Assert.Empty(site.Messages(result));
        Assert.Equal(2, result.Context.Quiz!.Questions.Count);
    }

    [Fact]
    public void Every_quiz_diagnostic_code_has_a_case()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .Where(c => c.StartsWith("NKB4", StringComparison.Ordinal))
            .ToList();
        var covered = ExpectedLines().ToList();
        var missing = codes.Where(code => !covered.Any(line => line.Contains($" {code}: ", StringComparison.Ordinal))).ToList();
        Assert.True(codes.Count > 10, "the quiz codes were not found");
        Assert.True(missing.Count == 0, "Quiz diagnostic codes without a case in Quiz/cases/: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_broken_basis_link_in_the_default_content_fails_the_build_at_its_yaml_line()
    {
        // The default site's real quiz sources, with one basis link broken on purpose.
        var file = Repo.Path("input", "quiz", "questions", "kampanye.yml");
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains("link: /dasar-hukum/pp-94-2021/#penjelasan-pasal-5-huruf-n", StringComparison.Ordinal));
        Assert.True(index >= 0);
        lines[index] = lines[index].Replace("#penjelasan-pasal-5-huruf-n", "#penjelasan-pasal-5-huruf-x", StringComparison.Ordinal);
        using var site = new TestSite("", realTheme: true, withSettings: false);
        CopyTree(Repo.Path("input"), Path.Combine(site.Root, "input"));
        site.Write("input/quiz/questions/kampanye.yml", string.Join("\n", lines) + "\n");

        var result = site.Build(checkOnly: true);

        var column = lines[index].IndexOf("/dasar-hukum", StringComparison.Ordinal) + 1;
        var errors = site.Messages(result).Where(m => m.Contains(": error ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith($"input/quiz/questions/kampanye.yml:{index + 1}:{column}: error NKB4011: basis link of question 'hadir-pasif-kampanye' " +
            "'/dasar-hukum/pp-94-2021/#penjelasan-pasal-5-huruf-x': anchor '#penjelasan-pasal-5-huruf-x' does not exist on /dasar-hukum/pp-94-2021/", error);
        Assert.False(result.Succeeded);
    }

    /// <summary>Every expected diagnostic line of the quiz cases, for the project-wide guard in BadInputTests.</summary>
    public static IEnumerable<string> ExpectedLines() => CaseNames().SelectMany(name => ReadCase(name).Expected);

    private static (string Spec, IReadOnlyList<string> Expected) ReadCase(string name)
    {
        var text = File.ReadAllText(Path.Combine(CasesFolder, name + ".txt"));
        var expected = TestSite.Parse(text).GetValueOrDefault("expected", "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (text, expected);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target, overwrite: true);
        }
    }
}
