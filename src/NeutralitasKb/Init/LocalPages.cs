namespace NeutralitasKb.Cli.Init;

/// <summary>The files `nkb init` adds to the default content: the local section, a page to fill in, the admin's README.</summary>
public static class LocalPages
{
    public static string SectionIndex => $$"""
        ---
        title: Informasi daerah
        description: Surat edaran kepala daerah, tempat yang tidak boleh dipakai untuk kampanye, dan informasi lain khusus daerah kami.
        slug: lokal
        order: 85
        reviewed: {{Today}}
        layout: section
        toc: false
        ---
        Halaman di bagian ini disusun oleh OPD pengelola situs, khusus untuk daerah kami. Aturan umumnya tetap ada di
        halaman [Yang dilarang](/yang-dilarang/) dan [Yang boleh](/yang-boleh/).

        """;

    public static string ExamplePage => $$"""
        ---
        title: Surat edaran kepala daerah tentang netralitas ASN
        description: "CONTOH: ganti dengan ringkasan surat edaran Bupati atau Wali Kota tentang netralitas ASN di daerah Anda."
        slug: lokal/surat-edaran-kepala-daerah
        order: 10
        reviewed: {{Today}}
        keywords: [surat edaran kepala daerah, surat edaran bupati, surat edaran wali kota]
        ---
        ::: catatan Halaman contoh: isi dulu sebelum situs diterbitkan
        Halaman ini adalah **templat**. Ganti setiap teks bertanda [ISI] dengan isi surat edaran daerah Anda, ubah
        `title`, `description` dan `reviewed` di bagian atas file, lalu hapus kotak catatan ini. Bila tidak diperlukan,
        hapus saja file `input/lokal/surat-edaran-kepala-daerah.md`.
        :::

        ## Surat edaran {#surat-edaran}

        - Nomor: [ISI: nomor surat edaran]
        - Tanggal: [ISI: tanggal, misalnya 2 September 2024]
        - Ditandatangani oleh: [ISI: Bupati/Wali Kota …]
        - Naskah lengkap: [ISI: tautan ke naskah di JDIH daerah, bila ada]

        ## Pokok isinya {#pokok-isi}

        1. [ISI: satu kalimat untuk setiap pokok aturan atau imbauan]
        2. [ISI]

        ## Tempat yang tidak boleh dipakai untuk kampanye {#tempat-kampanye}

        [ISI: tempat di daerah Anda yang tidak boleh dipakai untuk kampanye, menurut keputusan KPU atau pemerintah
        daerah setempat, misalnya kantor pemerintahan dan sekolah tertentu.]

        ## Bila menemukan pelanggaran {#melapor}

        Lihat [cara melapor](/cara-melapor/) dan hubungi Satgas Netralitas ASN daerah kami:

        ::: opd-kontak
        :::

        """;

    public const string AdminReadme = """
        # Our ASN neutrality guidance site

        This folder holds one OPD's copy of the NeutralitasKb guidance site: `input/` is the content and the
        settings, `output/` (made by the build) is the website to upload.

        ## Next steps

        1. Edit `input/settings.yml`: the office's name and region, `baseUrl` (the full address where the site
           will live, ending in `/`), the logo (put an SVG or PNG in `input/assets/img/` and give its path), the
           primary colour, the Satgas Netralitas contacts, the reporting channels and the Pilkada date.
        2. Fill in or delete the example page `input/lokal/surat-edaran-kepala-daerah.md`; add your own pages in
           `input/lokal/` (each with a `slug` starting with `lokal/`).
        3. Build: `nkb build` in this folder (or `nkb build --input input --output output` from elsewhere).
           Look at it with `nkb preview`, which reloads the browser on every change.
        4. Upload the whole `output/` folder to your web server, at the address you set as `baseUrl`.
        5. After publishing, run `nkb links update` and keep `input/published-links.yml`: from then on the build
           refuses any change that would break a published link or heading anchor (for example one printed in a
           circular).

        Any default page can be changed: edit its file in `input/`. Never change a page's `slug` once published;
        if you must move a page, add the old address to its `aliases` so old links redirect. To change the look,
        copy a file from the generator's `theme/` folder to the same path under `input/` and edit the copy.
        The tautan page (`/tautan/` on your site) lists every page's link and QR code for circulars.

        Run `nkb --help` or `nkb <command> --help` for every option.

        """;

    private static string Today => DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
