using FsCheck;
using FsCheck.Fluent;

namespace NeutralitasKb.Tests.Properties;

/// <summary>
/// Generators of page sources an editor (or a bad paste) might produce: front matter that is valid, misspelt,
/// mistyped or broken, and Markdown mixing headings, nested lists and quotes, tables, callout fences, links,
/// raw HTML, unicode and control characters. Registered for FsCheck through <see cref="Arbitraries"/>.
/// </summary>
public static class PageTextGenerators
{
    private static readonly string[] Words =
    [
        "ASN", "netralitas", "kampanye", "Pilkada", "dilarang", "é", "Ñ", "日本語", "عربى", "👍🏽", "\u200b", "e\u0301", "\u202e",
        "\0", "\u0001", "\u001b[31m", "\t", "\r", "\u2028", "\ufeff", "\ud800", "\udfff", "&amp;", "&#0;", "&#xD800;", "&", "\\",
    ];

    private static readonly string[] Markup =
    [
        "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "<", ">", "{#pasal-5}", "{.penting}", "{", "}", "|", ":::", "#", "<!--", "-->",
        "~~", "^", "[ ]", "[x]", "\\*", "  \n", "\n", "\n\n",
    ];

    private static readonly string[] Links =
    [
        "[sanksi](/sanksi/#berat)", "[hilang](/tidak-ada/)", "[keluar](../../../etc/passwd)", "[js](javascript:alert(1))",
        "[md](sanksi.md#berat)", "[md hilang](hilang.md)", "[jangkar](#tidak-ada)", "<https://contoh.go.id>", "![gambar](/gambar.png)",
        "[kosong]()", "[spasi]( <a b> )", "[ref][tidak-ada]", "[t](/sanksi/?q=1#berat)", "[t](//evil.test/x)", "[t](mailto:a@b.c)",
        "[t](%2e%2e/%2e%2e/x)", "[t](/a/../../b/)", "[t](data:text/html,<script>alert(1)</script>)",
    ];

    private static readonly string[] Html =
    [
        "<script>alert(1)</script>", "<b onclick=\"x()\">b</b>", "<img src=x onerror=alert(1)>", "<iframe src=//evil.test></iframe>",
        "</div>", "<div>", "<!DOCTYPE html>", "<svg><script>1</script></svg>", "<a href=\"javascript:alert(1)\">x</a>",
        "<style>body{display:none}</style>", "<p style=\"color:red\">p</p>", "<math><mi xlink:href=\"javascript:1\">x</mi></math>",
        "<table><tr><td>", "<!-- komentar", "<details open ontoggle=alert(1)>", "<form action=/x><input></form>",
    ];

    private static readonly string[] CalloutTypes =
        ["dilarang", "boleh", "sanksi", "contoh", "dasar-hukum", "catatan", "opd-kontak", "opd-pelaporan", "dilarng", "", "DILARANG", "x y", "<b>", "{#id}"];

    private static readonly string[] Keys =
        ["title", "description", "slug", "order", "reviewed", "updated", "keywords", "aliases", "layout", "toc", "nav", "search", "titel", "Title", "", "- item", "? key"];

    private static readonly string[] Values =
    [
        "Sanksi", "", "123", "-5", "2026-11-23", "2026-13-45", "23-11-2026", "[a, b]", "[unclosed", "{a: b}", "'quoted'", "\"unclosed",
        "yes", "tidak", "~", "null", ": :", "\t", "&anchor x", "*alias", "!!binary x", "|\n  blok teks", ">\n  dilipat", "\n  - item",
        "Sanksi: berat", "sanksi/berat", "Sanksi ASN", "/sanksi-lama/", "https://contoh.go.id/x", "home", "page", "pgae", "99999999999",
        "1e3", "0x1F", "true", "[/a/, /b/]", "[[1]]", "'", "#komentar", "é\u0000",
    ];

    public static Gen<string> Inline { get; } =
        Gen.Frequency(
                (6, Gen.Elements(Words)), (4, Gen.Elements(Markup)), (3, Gen.Elements(Links)), (2, Gen.Elements(Html)),
                (2, Gen.Elements("ketentuan", "pegawai", "kepala daerah", " ", "  ")),
                (1, Gen.Choose(1, 1500).SelectMany(n => Gen.Elements("[", "*", "_", "`", "<", "(", "](", "!", "&", "\\").Select(s => Repeat(s, n)))))
            .ListOf()
            .Select(parts => string.Concat(parts));

    public static Gen<string> Block { get; } = Gen.Sized(size => BlockOf(Math.Min(size, 20)));

    public static Gen<string> Body { get; } =
        Gen.Choose(0, 8).SelectMany(n => Block.ListOf(n))
            .SelectMany(blocks => Gen.Elements("\n\n", "\n", "").Select(separator => string.Join(separator, blocks)));

    public static Gen<string> FrontMatter { get; } =
        Gen.Frequency(
            (8, KeyLine.ListOf().SelectMany(lines => Gen.Elements("---\n", "...\n", "").Select(close => "---\n" + string.Concat(lines) + close))),
            (4, ValidFrontMatter),
            (1, Gen.Constant("")),
            (1, Gen.Elements("---", "---\n", "---\n---\n", "--- \ntitle: x\n--- \n", "---\r\ntitle: x\r\n---\r\n", "\ufeff---\ntitle: x\n---\n")));

    public static Gen<PageText> Page { get; } =
        FrontMatter.SelectMany(frontMatter => Body, (frontMatter, body) => new PageText(frontMatter, body));

    private static Gen<string> KeyLine =>
        Gen.Elements(Keys).SelectMany(key => Gen.Elements(Values), (key, value) => $"{key}: {value}\n");

    private static Gen<string> ValidFrontMatter =>
        Gen.Elements("sanksi", "dasar-hukum/pp-94", "a").SelectMany(slug => Gen.Choose(0, 3),
            (slug, extra) => $"---\ntitle: Judul\ndescription: d\nslug: {slug}\nreviewed: 2026-11-23\n"
                + (extra > 0 ? "keywords: [kampanye, media sosial]\n" : "") + (extra > 1 ? "aliases: [/lama/]\n" : "") + "---\n");

    private static Gen<string> BlockOf(int size)
    {
        var leaf = Gen.OneOf(
            Inline,
            Gen.Choose(1, 7).SelectMany(level => Inline, (level, text) => $"{Repeat("#", level)} {text}"),
            Gen.Choose(1, 6).SelectMany(columns => Inline.ListOf(columns), (columns, cells) => Table(columns, cells)),
            Inline.Select(code => "```js\n" + code + "\n```"),
            Inline.Select(code => "```\n" + code),
            Gen.Elements("---", "***", "===", "- - -", "***bold***"),
            Gen.Choose(0, 320).SelectMany(depth => Gen.Elements("> ", "- ", "1. ", "* > ", "  "), (depth, marker) => Repeat(marker, depth) + "dalam"));
        if (size <= 1) return leaf;

        var inner = BlockOf(size / 2);
        return Gen.Frequency(
            (4, leaf),
            (1, Gen.Elements(CalloutTypes).SelectMany(type => inner.ListOf(2),
                (type, blocks) => $"::: {type} judul\n{string.Join("\n\n", blocks)}\n:::")),
            (1, Gen.Elements(CalloutTypes).SelectMany(type => inner, (type, block) => $"::: {type}\n{block}")),
            (1, inner.ListOf(3).SelectMany(items => Gen.Elements("- ", "* ", "1. ", "10) "),
                (items, bullet) => string.Join("\n", items.Select((item, i) => Repeat("  ", i) + bullet + item.Replace("\n", "\n" + Repeat("  ", i + 1), StringComparison.Ordinal))))),
            (1, inner.Select(block => "> " + block.Replace("\n", "\n> ", StringComparison.Ordinal))),
            (1, inner.Select(block => "<div>\n" + block + "\n</div>")));
    }

    private static string Table(int columns, IReadOnlyList<string> cells) =>
        "| " + string.Join(" | ", Enumerable.Range(1, columns).Select(i => "k" + i)) + " |\n"
        + "|" + Repeat("---|", columns) + "\n"
        + "| " + string.Join(" | ", cells.Select(c => c.Replace("\n", " ", StringComparison.Ordinal))) + " |";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
