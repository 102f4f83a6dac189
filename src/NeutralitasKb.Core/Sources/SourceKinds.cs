namespace NeutralitasKb.Sources;

/// <summary>Which overlaid files are consumed by the build (settings, layouts, quiz, manifests) and which are pages or copied assets.</summary>
public static class SourceKinds
{
    public const string LayoutsFolder = "layouts/";
    public const string QuizFolder = "quiz/";
    public const string PublishedLinksFile = "published-links.yml";
    public const string SynonymsFile = "synonyms.yml";

    public static bool IsLayout(SourceFile file) => file.RelativePath.StartsWith(LayoutsFolder, StringComparison.Ordinal);

    public static bool IsPage(SourceFile file) => file.IsMarkdown && !IsLayout(file) && !IsReadme(file);

    public static bool IsAsset(SourceFile file) =>
        !IsLayout(file) && !file.IsMarkdown
        && !file.RelativePath.StartsWith(QuizFolder, StringComparison.Ordinal)
        && file.RelativePath is not (Site.SettingsLoader.FileName or PublishedLinksFile or SynonymsFile);

    private static bool IsReadme(SourceFile file) =>
        string.Equals(Path.GetFileName(file.RelativePath), "README.md", StringComparison.OrdinalIgnoreCase);
}
