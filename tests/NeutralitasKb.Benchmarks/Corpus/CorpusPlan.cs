namespace NeutralitasKb.Benchmarks.Corpus;

/// <summary>
/// Which pages a corpus of N pages has and where they live: a home page, the helper pages the theme links to,
/// top-level sections (folders with index.md), sub-sections inside them, and topic pages in both. Every
/// content page has the anchors <c>#pasal-1</c> … <c>#pasal-{MinArticles}</c>, so links may target any of them.
/// </summary>
public sealed class CorpusPlan
{
    public const int MinArticles = 6;
    public const int SubsectionsPerSection = 4;
    public const int DirectTopicsPerSection = 2;

    /// <summary>Pages the real theme links to from every page (footer, home) and the not-found page.</summary>
    public static readonly IReadOnlyList<PlannedPage> HelperPages =
    [
        new("tentang.md", "tentang", "Tentang panduan ini", PageKind.Helper, "page"),
        new("indeks.md", "indeks", "Indeks A–Z", PageKind.Helper, "az-index"),
        new("tautan.md", "tautan", "Tautan untuk surat edaran", PageKind.Helper, "links"),
        new("pembaruan.md", "pembaruan", "Pembaruan", PageKind.Helper, "page"),
        new("kuis.md", "kuis", "Kuis swa-uji netralitas", PageKind.Helper, "page"),
        new("cari.md", "cari", "Cari", PageKind.Helper, "search"),
        new("404.md", "404", "Halaman tidak ditemukan", PageKind.NotFound, "page"),
    ];

    private CorpusPlan(IReadOnlyList<PlannedPage> pages) => Pages = pages;

    /// <summary>Every page, home first; exactly the requested count.</summary>
    public IReadOnlyList<PlannedPage> Pages { get; }

    /// <summary>Pages with full content (and the pasal anchors): sections, sub-sections and topics.</summary>
    public IEnumerable<PlannedPage> ContentPages => Pages.Where(p => p.Kind is PageKind.Section or PageKind.Topic);

    public static CorpusPlan For(int count)
    {
        var fixedPages = 1 + HelperPages.Count;
        if (count < fixedPages + 2)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"a corpus needs at least {fixedPages + 2} pages");
        }

        var pages = new List<PlannedPage> { new("index.md", null, "Beranda", PageKind.Home, "home") };
        pages.AddRange(HelperPages);
        var content = count - fixedPages;
        var sections = Math.Max(1, (int)Math.Round(Math.Sqrt(count) / 3));
        var subsections = Math.Min(SubsectionsPerSection, Math.Max(0, (content / sections) - 1 - DirectTopicsPerSection) / 8);
        var topicSlots = new List<(string Folder, string Slug)>();
        for (var s = 1; s <= sections; s++)
        {
            var section = $"bagian-{s:00}";
            pages.Add(new($"{section}/index.md", section, $"Bagian {s}", PageKind.Section, "section"));
            for (var d = 0; d < DirectTopicsPerSection; d++) topicSlots.Add((section, section));
            for (var u = 1; u <= subsections; u++)
            {
                var sub = $"{section}/sub-{u}";
                pages.Add(new($"{sub}/index.md", sub, $"Bagian {s}.{u}", PageKind.Section, "section"));
            }
        }

        // Topics fill the sections round-robin: the first few land directly in each section, the rest in sub-sections.
        var subsectionSlots = Enumerable.Range(1, sections)
            .SelectMany(s => Enumerable.Range(1, subsections).Select(u => ($"bagian-{s:00}/sub-{u}", $"bagian-{s:00}/sub-{u}")))
            .ToList();
        var topics = count - pages.Count;
        for (var t = 0; t < topics; t++)
        {
            var (folder, slugPrefix) = t < topicSlots.Count || subsectionSlots.Count == 0
                ? topicSlots[t % topicSlots.Count]
                : subsectionSlots[(t - topicSlots.Count) % subsectionSlots.Count];
            var name = $"topik-{t + 1:0000}";
            pages.Add(new($"{folder}/{name}.md", $"{slugPrefix}/{name}", $"Topik {t + 1}", PageKind.Topic, "page"));
        }

        return new CorpusPlan(pages);
    }
}
