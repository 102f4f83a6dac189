using NeutralitasKb.Tests.Support;

namespace NeutralitasKb.Tests.Quiz;

/// <summary>
/// A small site with a valid quiz of two questions (draw 2), pages for every link the quiz makes, and a way to
/// lay a case over it: files in the case replace the base's, a block named <c>-- without input/x --</c> removes one.
/// </summary>
public static class QuizSite
{
    public const string Base = """
        -- input/settings.yml --
        title: Situs Uji
        baseUrl: https://contoh.test/netralitas/
        opd:
          name: Dinas Uji
          region: Kabupaten Uji
        quiz:
          draw: 2
        -- input/index.md --
        ---
        title: Beranda
        description: Beranda situs uji.
        reviewed: 2026-11-23
        ---
        Selamat datang.
        -- input/sanksi.md --
        ---
        title: Sanksi
        description: Jenis sanksi.
        slug: sanksi
        reviewed: 2026-11-23
        ---
        ## Hukuman disiplin berat {#berat}
        Teks.
        -- input/pp-94-2021.md --
        ---
        title: PP 94/2021
        description: Disiplin PNS.
        slug: pp-94-2021
        reviewed: 2026-11-23
        ---
        ## Pasal 5 huruf n {#pasal-5-huruf-n}
        Teks.
        -- input/media-sosial.md --
        ---
        title: Media sosial
        description: Panduan media sosial.
        slug: media-sosial
        reviewed: 2026-11-23
        ---
        Teks.
        -- input/quiz/topics.yml --
        topics:
          - id: media-sosial
            title: Media sosial
            link: /media-sosial/
        sanctions:
          - id: disiplin-berat
            label: Hukuman disiplin berat
            link: /sanksi/#berat
        -- input/quiz/questions/a.yml --
        questions:
          - id: like-unggahan
            topic: media-sosial
            sanction: disiplin-berat
            scenario: |
              Rina menyukai unggahan calon bupati.

              Bagaimana statusnya?
            options:
              - text: Boleh.
                feedback: Keliru.
              - text: Dilarang.
                correct: true
                feedback: Tepat, lihat [Pasal 5](/pp-94-2021/#pasal-5-huruf-n).
              - text: Wajib.
            explanation: |
              Menyukai unggahan calon adalah bentuk dukungan ([PP 94/2021](/pp-94-2021/#pasal-5-huruf-n)).
            basis:
              - label: PP 94/2021 Pasal 5 huruf n
                link: /pp-94-2021/#pasal-5-huruf-n
          - id: foto-dua-jari
            topic: media-sosial
            scenario: Budi berfoto dengan pose dua jari bersama calon.
            options:
              - text: Boleh.
              - text: Dilarang.
                correct: true
              - text: Tidak diatur.
            explanation: Pose jari yang menunjukkan nomor urut adalah dukungan.
            basis:
              - label: PP 94/2021 Pasal 5 huruf n
                link: /pp-94-2021/#pasal-5-huruf-n
        """;

    /// <summary>The base site with <paramref name="overlay"/> laid over it.</summary>
    public static TestSite Create(string overlay = "", bool realTheme = false)
    {
        var files = TestSite.Parse(Base);
        foreach (var (path, text) in TestSite.Parse(overlay))
        {
            if (path.StartsWith("without ", StringComparison.Ordinal)) files.Remove(path["without ".Length..]);
            else if (path != "expected") files[path] = text;
        }

        return new TestSite(string.Concat(files.Select(f => $"-- {f.Key} --\n{f.Value}")), realTheme);
    }
}
