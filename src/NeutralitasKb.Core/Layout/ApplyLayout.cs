using HandlebarsDotNet;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;

namespace NeutralitasKb.Layout;

/// <summary>Renders every page through its layout (front matter 'layout', default 'page'), in parallel.</summary>
public sealed class ApplyLayout : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        var model = new LayoutModel(context);
        var pages = context.Pages.ToArray();
        var reported = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism }, i =>
        {
            var page = pages[i];
            if (page.Failed) return;
            var layout = page.Meta.Layout;
            if (!context.Layouts.Has(layout))
            {
                var suggestion = Suggest.Closest(layout, context.Layouts.Names);
                context.Diagnostics.Error(DiagnosticCodes.UnknownLayout, page.Display, page.Meta.LineOf("layout"), 1, $"unknown layout '{layout}'",
                    (suggestion is null ? "" : $"did you mean '{suggestion}'? ") + $"Layouts: {string.Join(", ", context.Layouts.Names)}");
                pages[i] = page with { Failed = true };
                return;
            }

            try
            {
                pages[i] = page with { Html = context.Layouts.Render(layout, model.For(page)) };
            }
            catch (HandlebarsException ex)
            {
                // One report per layout and message: a broken template would otherwise repeat on every page.
                var message = ex.Message.Split('\n')[0].Trim();
                if (reported.TryAdd(layout + "|" + message, true))
                {
                    context.Diagnostics.Error(DiagnosticCodes.TemplateRender, context.Layouts.FileOf(layout), 0, 0,
                        $"rendering {page.Display} failed: {message}",
                        "check the names used in the template against the layout data listed in the README (e.g. page.title, site.opd.name) and that every partial exists in layouts/partials/");
                }

                pages[i] = page with { Failed = true };
            }
        });
        context.Pages = pages;
    }
}
