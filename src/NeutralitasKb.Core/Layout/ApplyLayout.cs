using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
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
            if (context.Layouts.IsBroken(layout))
            {
                pages[i] = page with { Failed = true };
                return;
            }

            if (!context.Layouts.Has(layout))
            {
                var suggestion = Suggest.Closest(layout, context.Layouts.Names);
                context.Diagnostics.Error(DiagnosticCodes.UnknownLayout, page.Display, page.Meta.LineOf("layout"), 1, $"unknown layout '{layout}'",
                    (suggestion is null ? "" : $"did you mean '{suggestion}'? ") + $"Layouts: {string.Join(", ", context.Layouts.Names)}");
                pages[i] = page with { Failed = true };
                return;
            }

            var data = model.For(page);
            try
            {
                pages[i] = page with { Html = context.Layouts.Render(layout, data) };
            }
            catch (Exception ex) when (ex is HandlebarsException or HandlebarsUndefinedBindingException)
            {
                // One report per layout and message: a broken template would otherwise repeat on every page.
                var problem = RenderProblem.Of(ex, layout, page, data, context.Layouts);
                if (reported.TryAdd(layout + "|" + problem.Message, true))
                {
                    context.Diagnostics.Error(DiagnosticCodes.TemplateRender, problem.File, problem.Line, problem.Column, problem.Message, problem.Fix);
                }

                pages[i] = page with { Failed = true };
            }
        });
        context.Pages = pages;
    }
}
