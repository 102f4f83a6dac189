using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace NeutralitasKb.Markdown;

/// <summary>Swaps Markdig's generic custom-container renderer for <see cref="CalloutRenderer"/>.</summary>
public sealed class CalloutExtension(OpdSnippets snippets) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlCustomContainerRenderer);
            html.ObjectRenderers.InsertBefore<HtmlCustomContainerInlineRenderer>(new CalloutRenderer(snippets));
        }
    }
}
