using System.Net;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NeutralitasKb.Markdown;

/// <summary>Renders <c>::: dilarang</c> containers as labelled callouts and the <c>opd-*</c> containers as the OPD's details.</summary>
public sealed class CalloutRenderer(OpdSnippets snippets) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var type = (container.Info ?? "").Trim().ToLowerInvariant();
        renderer.EnsureLine();
        if (type == Callouts.OpdContacts)
        {
            renderer.Write(snippets.ContactsHtml);
            return;
        }

        if (type == Callouts.OpdReporting)
        {
            renderer.Write(snippets.ReportingHtml);
            return;
        }

        var label = Callouts.Labels.TryGetValue(type, out var known) ? known : type;
        var argument = (container.Arguments ?? "").Trim();
        var title = argument.Length > 0 ? $"{label}: {argument}" : label;
        var encodedTitle = WebUtility.HtmlEncode(title);
        renderer.Write("<aside class=\"callout callout-").Write(WebUtility.HtmlEncode(type)).Write("\" role=\"note\" aria-label=\"")
            .Write(encodedTitle).Write('"').WriteAttributes(container).WriteLine(">");
        renderer.Write("<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\"></span>").Write(encodedTitle).WriteLine("</p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</aside>");
    }
}
