namespace NeutralitasKb.Tests.Content;

/// <summary>
/// The page map and the anchor registry of the shared contract (contracts.md, sections 2 and 3), copied here so CI
/// checks them without the contract file. Other pages and circular letters link to these slugs and anchors: when
/// one is renamed, the contract changes first, then this list.
/// </summary>
public static class Contract
{
    /// <summary>Top-level pages in navigation order: source file, slug ("" for home), order.</summary>
    public static readonly IReadOnlyList<(string File, string Slug, int Order)> TopLevelPages =
    [
        ("index.md", "", 0),
        ("apa-itu-netralitas.md", "apa-itu-netralitas", 10),
        ("yang-dilarang/index.md", "yang-dilarang", 20),
        ("yang-boleh.md", "yang-boleh", 30),
        ("sanksi.md", "sanksi", 40),
        ("penegakan.md", "penegakan", 50),
        ("cara-melapor.md", "cara-melapor", 60),
        ("media-sosial.md", "media-sosial", 70),
        ("satgas-netralitas.md", "satgas-netralitas", 80),
        ("kuis.md", "kuis", 90),
        ("tanya-jawab.md", "tanya-jawab", 100),
        ("dasar-hukum/index.md", "dasar-hukum", 110),
        ("glosarium.md", "glosarium", 120),
        ("indeks.md", "indeks", 130),
        ("pembaruan.md", "pembaruan", 140),
        ("tentang.md", "tentang", 150),
        ("tautan.md", "tautan", 160),
        ("cari.md", "cari", 170),
    ];

    /// <summary>Children of the two sections named by the contract (page map and anchor registry).</summary>
    public static readonly IReadOnlyList<string> SectionChildren =
    [
        "yang-dilarang/kampanye", "yang-dilarang/media-sosial", "yang-dilarang/fasilitas-dan-jabatan",
        "yang-dilarang/keputusan-dan-tindakan", "yang-dilarang/pencalonan-dan-partai", "yang-dilarang/keluarga-calon",
        "dasar-hukum/uu-20-2023", "dasar-hukum/uu-5-2014", "dasar-hukum/pp-94-2021", "dasar-hukum/pp-53-2010",
        "dasar-hukum/pp-42-2004", "dasar-hukum/pp-37-2004", "dasar-hukum/pp-11-2017", "dasar-hukum/pp-49-2018",
        "dasar-hukum/uu-7-2017", "dasar-hukum/uu-1-2015", "dasar-hukum/uu-8-2015", "dasar-hukum/uu-10-2016",
        "dasar-hukum/uu-6-2014", "dasar-hukum/skb-2022", "dasar-hukum/surat-edaran", "dasar-hukum/perpres-91-92-2024",
    ];

    /// <summary>Section 3: every anchor other pages and circular letters may link to, by page URL.</summary>
    public static readonly IReadOnlyDictionary<string, string> AnchorRegistry = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/dasar-hukum/uu-20-2023/"] = "#pasal-1 #pasal-2 #pasal-9 #pasal-24 #pasal-52 #pasal-56 #pasal-59 #pasal-66 #pasal-70 #pasal-75",
        ["/dasar-hukum/uu-5-2014/"] = "#pasal-2 #pasal-9 #pasal-31 #pasal-87 #pasal-119",
        ["/dasar-hukum/pp-94-2021/"] = "#pasal-1 #pasal-5-huruf-n #penjelasan-pasal-5-huruf-n #pasal-7 #pasal-8 #pasal-12-14 " +
            "#pasal-13-huruf-g #pasal-14-huruf-i #pasal-16-25 #pasal-26 #pasal-29 #pasal-35 " +
            "#pasal-37 #pasal-38 #pasal-42 #pasal-43 #pasal-45 #penjelasan-umum",
        ["/dasar-hukum/pp-53-2010/"] = "#pasal-7",
        ["/dasar-hukum/pp-42-2004/"] = "#pasal-11 #pasal-15 #pasal-16 #pasal-17-20",
        ["/dasar-hukum/pp-37-2004/"] = "#pasal-2 #pasal-3",
        ["/dasar-hukum/pp-11-2017/"] = "#pasal-255 #pasal-270 #pasal-346",
        ["/dasar-hukum/pp-49-2018/"] = "#pasal-51 #pasal-52 #pasal-53 #pasal-59 #pasal-63",
        ["/dasar-hukum/uu-7-2017/"] = "#pasal-93 #pasal-95 #pasal-182 #pasal-280 #pasal-282 #pasal-283 #pasal-490 #pasal-493 #pasal-494 #pasal-522 #pasal-547",
        ["/dasar-hukum/uu-1-2015/"] = "#pasal-188",
        ["/dasar-hukum/uu-8-2015/"] = "#pasal-134 #pasal-189",
        ["/dasar-hukum/uu-10-2016/"] = "#pasal-7 #pasal-70 #pasal-71 #pasal-152",
        ["/dasar-hukum/uu-6-2014/"] = "#pasal-29 #pasal-30 #pasal-51 #pasal-52",
        ["/dasar-hukum/skb-2022/"] = "#pelanggaran-kode-etik #pelanggaran-disiplin #satgas-netralitas",
        ["/dasar-hukum/surat-edaran/"] = "#se-menpanrb-1-2023 #se-menpanrb-18-2023 #se-menpanrb-4-2024",
        ["/dasar-hukum/perpres-91-92-2024/"] = "#perpres-91-2024 #perpres-92-2024",
        ["/sanksi/"] = "#sanksi-moral #hukuman-disiplin #ringan #sedang #masa-transisi #berat #ptdh #pppk #non-asn #pidana #tabel-sanksi",
        ["/penegakan/"] = "#peran #alur #tenggat",
        ["/yang-dilarang/kampanye/"] = "#atribut #mengerahkan #peserta-kampanye #tim-kampanye",
        ["/yang-dilarang/media-sosial/"] = "#bakal-calon #calon #foto-dan-simbol",
        ["/yang-dilarang/fasilitas-dan-jabatan/"] = "#fasilitas-negara #kegiatan-keberpihakan",
        ["/yang-dilarang/keputusan-dan-tindakan/"] = "#keputusan",
        ["/yang-dilarang/pencalonan-dan-partai/"] = "#partai-politik #mencalonkan-diri #pendekatan-parpol #tim-ahli",
        ["/yang-dilarang/keluarga-calon/"] = "#pasangan-calon #cltn",
        ["/yang-boleh/"] = "#hak-pilih #hadir-kampanye #pasangan-calon",
        ["/cara-melapor/"] = "#kanal #bukti",
        ["/apa-itu-netralitas/"] = "#siapa #kapan",

        // "one anchor per term": the terms the contract names as examples.
        ["/glosarium/"] = "#asn #pns #pppk #ppk #opd #bawaslu #gakkumdu #kpu #paslon #cltn #skb #kasn #bkn",
    };

    /// <summary>
    /// The full official title each Dasar hukum page must state, as in the regulation's own text
    /// (shared/content/regulations) or, where that text is not in the repository, as the legal brief gives it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> FullTitles = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["/dasar-hukum/uu-20-2023/"] = ["Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara"],
        ["/dasar-hukum/uu-5-2014/"] = ["Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara"],
        ["/dasar-hukum/pp-94-2021/"] = ["Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil"],
        ["/dasar-hukum/pp-53-2010/"] = ["Peraturan Pemerintah Nomor 53 Tahun 2010 tentang Disiplin Pegawai Negeri Sipil"],
        ["/dasar-hukum/pp-42-2004/"] = ["Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil"],
        ["/dasar-hukum/pp-37-2004/"] = ["Peraturan Pemerintah Nomor 37 Tahun 2004 tentang Larangan Pegawai Negeri Sipil Menjadi Anggota Partai Politik"],
        ["/dasar-hukum/pp-11-2017/"] = ["Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"],
        ["/dasar-hukum/pp-49-2018/"] = ["Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja"],
        ["/dasar-hukum/uu-7-2017/"] = ["Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum"],
        ["/dasar-hukum/uu-1-2015/"] =
        [
            "Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 " +
            "tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang",
        ],
        ["/dasar-hukum/uu-8-2015/"] =
        [
            "Undang-Undang Nomor 8 Tahun 2015 tentang Perubahan atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan " +
            "Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang",
        ],
        ["/dasar-hukum/uu-10-2016/"] =
        [
            "Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan " +
            "Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang",
        ],
        ["/dasar-hukum/uu-6-2014/"] = ["Undang-Undang Nomor 6 Tahun 2014 tentang Desa"],
        ["/dasar-hukum/skb-2022/"] =
        [
            "tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum dan Pemilihan",
            "Nomor: 2 Tahun 2022 (MenPANRB), 800-5474 Tahun 2022 (Mendagri), 246 Tahun 2022 (BKN), 30 Tahun 2022 (KASN), dan 1447.1/PM.01/K.1/09/2022 (Bawaslu)",
        ],
        ["/dasar-hukum/surat-edaran/"] =
        [
            "Surat Edaran MenPANRB Nomor 1 Tahun 2023 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Pemerintah Non-Pegawai Negeri",
            "Surat Edaran MenPANRB Nomor 18 Tahun 2023 tentang", // the brief paraphrases this one's title
            "Surat Edaran MenPANRB Nomor 4 Tahun 2024 tentang Pengalihan Pelaksanaan Pengawasan Sistem Merit dalam Manajemen ASN",
        ],
        ["/dasar-hukum/perpres-91-92-2024/"] =
        [
            "Peraturan Presiden Nomor 91 Tahun 2024 tentang Perubahan atas Peraturan Presiden Nomor 47 Tahun 2021 tentang " +
            "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            "Peraturan Presiden Nomor 92 Tahun 2024 tentang Badan Kepegawaian Negara",
        ],
    };
}
