using NeutralitasKb.Build;
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
        var text = SourceText.Read(source.FullPath, source.DisplayPath, SourceText.MaxDataBytes, context.Diagnostics);
        if (text is null) return;

        context.Synonyms = SynonymsFile.Parse(text, source.DisplayPath, context.Diagnostics);
        if (context.SearchAvailable && !context.Options.CheckOnly)
        {
            var words = SiteWords.Of(context.Pages);
            context.Files[OutputPath] = OutputFile.Text(OutputPath, context.Synonyms.ToJson(words.Contains));
        }
    }
}
