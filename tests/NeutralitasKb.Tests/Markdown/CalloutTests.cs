using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Markdown;

public sealed class CalloutTests
{
    [Fact]
    public void Callout_renders_as_labelled_note_with_title()
    {
        using var site = new TestSite("""
            -- input/index.md --
            ---
            title: Beranda
            description: d
            reviewed: 2026-11-23
            ---
            ::: dilarang Seragam dinas
            Jangan memakai seragam dinas ke kampanye.
            :::
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        var html = site.Output("index.html");
        Assert.Contains("<aside class=\"callout callout-dilarang\" role=\"note\" aria-label=\"Dilarang: Seragam dinas\">", html);
        Assert.Contains("<p class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\"></span>Dilarang: Seragam dinas</p>", html);
    }

    [Fact]
    public void Unknown_callout_type_is_an_error_with_line_and_suggestion()
    {
        using var site = new TestSite("""
            -- input/index.md --
            ---
            title: Beranda
            description: d
            reviewed: 2026-11-23
            ---
            Teks.

            ::: dilarng
            Isi.
            :::
            """);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains("input/index.md:8:1: error NKB3001: unknown callout type 'dilarng' — did you mean 'dilarang'?", string.Join("\n", site.Messages(result)));
    }

    [Fact]
    public void Opd_contacts_container_is_filled_from_settings()
    {
        using var site = new TestSite("""
            -- input/index.md --
            ---
            title: Beranda
            description: d
            reviewed: 2026-11-23
            ---
            ::: opd-kontak
            :::
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", site.Messages(result)));
        Assert.Contains("Dinas Uji, Kabupaten Uji", site.Output("index.html"));
    }
}
