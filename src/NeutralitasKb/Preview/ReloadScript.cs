namespace NeutralitasKb.Cli.Preview;

/// <summary>
/// The live-reload script the preview server adds to every HTML response (as a file, so the pages' Content-Security-
/// Policy holds). Never part of the built site.
/// </summary>
public static class ReloadScript
{
    public const string Path = "/__nkb/reload.js";
    public const string EventsPath = "/__nkb/events";
    public const string Tag = "<script src=\"" + Path + "\" defer></script>";

    public const string Source = """
        // nkb preview: reload the page after each rebuild; show build errors over the page when a rebuild fails.
        (() => {
          'use strict';
          let seen = null;
          let box = null;
          const source = new EventSource('/__nkb/events');
          source.addEventListener('hello', (e) => {
            if (seen !== null && e.data !== seen) location.reload();
            seen = e.data;
          });
          source.addEventListener('reload', () => location.reload());
          source.addEventListener('failed', (e) => {
            if (!box) {
              box = document.createElement('div');
              box.id = 'nkb-preview-errors';
              box.setAttribute('role', 'alert');
              Object.assign(box.style, {
                position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', maxHeight: '50vh', overflow: 'auto',
                margin: '0', padding: '1rem', background: '#2b0b0b', color: '#fff', font: '14px/1.45 ui-monospace, monospace',
                whiteSpace: 'pre-wrap', borderTop: '4px solid #e5484d',
              });
              document.body.appendChild(box);
            }
            box.textContent = 'nkb preview: the last change does not build; this is the last good version.\n\n' + e.data;
          });
        })();

        """;

    /// <summary>Adds the script tag before &lt;/body&gt; (or at the end when the page has none).</summary>
    public static string Inject(string html)
    {
        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body < 0 ? html + Tag : html[..body] + Tag + html[body..];
    }
}
