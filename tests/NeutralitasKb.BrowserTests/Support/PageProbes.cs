using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;

namespace NeutralitasKb.BrowserTests.Support;

/// <summary>Small measurements the reading tests take inside a page: focus style, sideways overflow, tab order, sizes.</summary>
public static class PageProbes
{
    /// <summary>JavaScript: the focused element, and whether it shows an outline or a box-shadow.</summary>
    public const string FocusStyle = """
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const label = (e.getAttribute('href') || e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 50);
          return { key: e.tagName === 'BODY' ? 'BODY' : `${e.tagName.toLowerCase()}.${e.className} "${label}"`,
                   visible: outline || shadow, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
        }
        """;

    public static async Task CheckNoSidewaysScroll(IPage page, string where, List<string> problems)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const width = innerWidth;
              const scroll = document.scrollingElement.scrollWidth;
              const wide = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.table-wrap, .sr-only, .skip-link'))
                .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className}`);
              return { scroll, width, wide };
            }
            """);
        var scroll = result.GetProperty("scroll").GetInt32();
        var width = result.GetProperty("width").GetInt32();
        if (scroll > width)
        {
            problems.Add($"{where}: scrollWidth {scroll} > innerWidth {width}; too wide: {string.Join(", ", result.GetProperty("wide").EnumerateArray())}");
        }
    }

    /// <summary>Presses Tab until the focused element matches, at most 100 times.</summary>
    public static async Task<bool> TabTo(IPage page, string predicate)
    {
        for (var i = 0; i < 100; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"(({predicate}))(document.activeElement)")) return true;
        }

        return false;
    }

    /// <summary>"/a/b/c/" → "/", "/a/", "/a/b/".</summary>
    public static IEnumerable<string> Ancestors(string url)
    {
        var parts = url.Trim('/').Split('/');
        for (var i = 0; i < parts.Length; i++) yield return i == 0 ? "/" : "/" + string.Join('/', parts[..i]) + "/";
    }

    public static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }
}
