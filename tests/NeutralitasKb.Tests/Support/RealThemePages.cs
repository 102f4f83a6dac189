namespace NeutralitasKb.Tests.Support;

/// <summary>
/// The smallest content for a test site on the repository's real theme: every page the theme's templates link to
/// (home, search, A–Z index, questions, links, updates, about, quiz), so the link check passes.
/// </summary>
public static class RealThemePages
{
    /// <summary>The pages plus more files in the same <c>-- path --</c> format.</summary>
    public static string With(string more) => Spec + "\n" + more;

    public const string Spec = """
        -- input/index.md --
        ---
        title: Beranda Uji
        description: Panduan uji.
        reviewed: 2026-11-23
        layout: home
        ---
        Selamat datang.
        -- input/cari.md --
        ---
        title: Cari
        description: Cari jawaban.
        slug: cari
        reviewed: 2026-11-23
        layout: search
        toc: false
        ---
        -- input/indeks.md --
        ---
        title: Indeks A–Z
        description: Semua topik.
        slug: indeks
        reviewed: 2026-11-23
        layout: az-index
        toc: false
        ---
        Pilih huruf.
        -- input/tanya-jawab.md --
        ---
        title: Tanya jawab
        description: Pertanyaan yang sering diajukan.
        slug: tanya-jawab
        reviewed: 2026-11-23
        keywords: [FAQ, media sosial]
        ---
        ## Bolehkah saya me-like unggahan calon? {#like-unggahan}
        Tidak. Menyukai unggahan calon dilarang.

        ## Ke mana saya melapor? {#melapor}
        Ke atasan langsung.
        -- input/tautan.md --
        ---
        title: Tautan
        description: Tautan tetap.
        slug: tautan
        reviewed: 2026-11-23
        layout: links
        toc: false
        ---
        -- input/pembaruan.md --
        ---
        title: Pembaruan
        description: Riwayat perubahan.
        slug: pembaruan
        reviewed: 2026-11-23
        ---
        Belum ada.
        -- input/tentang.md --
        ---
        title: Tentang
        description: Tentang situs.
        slug: tentang
        reviewed: 2026-11-23
        ---
        Situs uji.
        -- input/kuis.md --
        ---
        title: Kuis
        description: Kuis uji.
        slug: kuis
        reviewed: 2026-11-23
        ---
        Kuis.
        -- input/404.md --
        ---
        title: Halaman tidak ditemukan
        description: Tidak ada.
        slug: "404"
        reviewed: 2026-11-23
        nav: false
        search: false
        toc: false
        ---
        Maaf, tidak ada. Kembali ke [Beranda](/).
        """;
}
