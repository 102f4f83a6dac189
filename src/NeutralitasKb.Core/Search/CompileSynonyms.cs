using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Output;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Search;

/// <summary>
/// Validates synonyms.yml (input/ overrides theme/) and, when the site has search, compiles it into
/// <c>assets/search-synonyms.json</c>, which search.js fetches only once a reader searches. Runs once the pages
/// are rendered, so it knows which synonyms the pages contain; before BuildIndexes, which lists them in the A–Z index.
/// </summary>
public sealed class CompileSynonyms : IBuildStage
{
    public const string OutputPath = "assets/search-synonyms.json";

    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        if (!context.Sources.TryGetValue(SourceKinds.SynonymsFile, out var source)) return;
        string text;
        try
        {
            text = TextFile.ReadUtf8(source.FullPath);
        }
        catch (System.Text.DecoderFallbackException)
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidUtf8, source.DisplayPath, 0, 0, "the synonyms file is not valid UTF-8 text",
                "open it in a text editor and save it with UTF-8 encoding");
            return;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, source.DisplayPath, 0, 0, $"cannot read the synonyms file: {ex.Message}",
                "check the file's permissions");
            return;
        }

        context.Synonyms = SynonymsFile.Parse(text, source.DisplayPath, context.Diagnostics);
        if (context.SearchAvailable && !context.Options.CheckOnly)
        {
            var words = SiteWords.Of(context.Pages);
            context.Files[OutputPath] = OutputFile.Text(OutputPath, context.Synonyms.ToJson(words.Contains));
        }
    }
}
