using NeutralitasKb.Diagnostics;
using NeutralitasKb.Quiz;

namespace NeutralitasKb.Tests.Quiz;

public sealed class QuizParsingTests
{
    private const string File = "input/quiz/questions/x.yml";

    private const string Question = """
        # Komentar di awal berkas.
        questions:
          - id: like-unggahan
            topic: media-sosial
            sanction: disiplin-berat
            scenario: |
              Rina menyukai unggahan calon.

              Lihat [aturan](/pp/#a). Bagaimana?
            options:
              - text: "Boleh: di luar jam kerja."
                feedback: Keliru, lihat [Pasal 1](/pp/#pasal-1).
              - text: Dilarang.
                correct: true
              - text: Wajib.
            explanation: >
              Menyukai unggahan
              adalah dukungan.
            basis:
              - label: PP 94/2021 Pasal 5 huruf n
                link: /dasar-hukum/pp-94-2021/#pasal-5-huruf-n
        """;

    [Fact]
    public void Question_is_read_with_every_field_and_the_position_of_its_id()
    {
        var diagnostics = new DiagnosticBag();
        var question = Assert.Single(QuestionsReader.Read(Question, File, diagnostics));
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("like-unggahan", question.Id);
        Assert.Equal(new SourcePosition(File, 3, 9), question.Position);
        Assert.Equal("media-sosial", question.Topic);
        Assert.Equal(new SourcePosition(File, 4, 12), question.TopicPosition);
        Assert.Equal("disiplin-berat", question.Sanction);
        Assert.False(question.Multiple);
        Assert.Equal("Rina menyukai unggahan calon.\n\nLihat [aturan](/pp/#a). Bagaimana?\n", question.Scenario.Markdown);
        Assert.Equal("Menyukai unggahan adalah dukungan.\n", question.Explanation.Markdown);
        Assert.Equal(["Boleh: di luar jam kerja.", "Dilarang.", "Wajib."], question.Options.Select(o => o.Text));
        Assert.Equal([false, true, false], question.Options.Select(o => o.Correct));
        Assert.Equal("Keliru, lihat [Pasal 1](/pp/#pasal-1).", question.Options[0].Feedback!.Markdown);
        Assert.Null(question.Options[2].Feedback);
        var basis = Assert.Single(question.Basis);
        Assert.Equal("PP 94/2021 Pasal 5 huruf n", basis.Label);
        Assert.Equal("/dasar-hukum/pp-94-2021/#pasal-5-huruf-n", basis.Link.Href);
        Assert.Equal(new SourcePosition(File, 21, 15), basis.Link.Position);
        Assert.Equal("basis link of question 'like-unggahan'", basis.Link.Owner);
    }

    [Fact]
    public void Markdown_texts_know_where_their_first_character_is_in_the_file()
    {
        var question = QuestionsReader.Read(Question, File, new DiagnosticBag())[0];
        // Block scalar: the text starts on the line after 'scenario: |', indented by 6.
        Assert.Equal((7, 6), (question.Scenario.FirstLine, question.Scenario.ColumnOffset));
        // Plain scalar on the key's line: column 19 is the first character, so Markdown column 1 + 18.
        Assert.Equal((12, 18), (question.Options[0].Feedback!.FirstLine, question.Options[0].Feedback!.ColumnOffset));
    }

    [Fact]
    public void Quoted_text_starts_after_its_quote()
    {
        var yaml = Question.Replace("feedback: Keliru, lihat [Pasal 1](/pp/#pasal-1).", "feedback: \"Keliru.\"", StringComparison.Ordinal);
        var feedback = QuestionsReader.Read(yaml, File, new DiagnosticBag())[0].Options[0].Feedback!;
        Assert.Equal(("Keliru.", 12, 19), (feedback.Markdown, feedback.FirstLine, feedback.ColumnOffset));
    }

    [Fact]
    public void Multiple_answers_are_allowed_when_the_question_says_so()
    {
        var yaml = Question.Replace("    sanction: disiplin-berat\n", "    sanction: disiplin-berat\n    multiple: true\n", StringComparison.Ordinal)
            .Replace("      - text: Wajib.\n", "      - text: Wajib.\n        correct: true\n", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var question = Assert.Single(QuestionsReader.Read(yaml, File, diagnostics));
        Assert.Empty(diagnostics.Sorted());
        Assert.True(question.Multiple);
        Assert.Equal([false, true, true], question.Options.Select(o => o.Correct));
    }

    [Fact]
    public void A_question_with_an_error_is_left_out_of_the_pool_and_the_error_names_the_options()
    {
        var yaml = Question.Replace("      - text: Wajib.\n", "      - text: Wajib.\n        correct: true\n", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        Assert.Empty(QuestionsReader.Read(yaml, File, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("input/quiz/questions/x.yml:11:7: error NKB4003: question 'like-unggahan' has 2 correct options — "
            + "mark exactly one option 'correct: true', or set 'multiple: true'", error.ToString());
    }

    [Fact]
    public void Topics_and_sanctions_are_read_with_their_links()
    {
        const string Topics = """
            topics:
              - id: media-sosial
                title: Media sosial
                link: /yang-dilarang/media-sosial/
            sanctions:
              - id: disiplin-berat
                label: Hukuman disiplin berat
                link: /sanksi/#berat
            """;
        var diagnostics = new DiagnosticBag();
        var result = TopicsReader.Read(Topics, "input/quiz/topics.yml", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var topic = Assert.Single(result.Topics);
        Assert.Equal(("media-sosial", "Media sosial", "/yang-dilarang/media-sosial/"), (topic.Id, topic.Title, topic.Link.Href));
        Assert.Equal(new SourcePosition("input/quiz/topics.yml", 4, 11), topic.Link.Position);
        var sanction = Assert.Single(result.Sanctions);
        Assert.Equal(("disiplin-berat", "Hukuman disiplin berat", "/sanksi/#berat"), (sanction.Id, sanction.Label, sanction.Link.Href));
        Assert.Equal("link of sanction 'disiplin-berat'", sanction.Link.Owner);
    }

    [Fact]
    public void Pool_version_changes_with_the_answers_and_not_otherwise()
    {
        var questions = QuestionsReader.Read(Question, File, new DiagnosticBag());
        var again = QuestionsReader.Read(Question.Replace("Rina", "Sari", StringComparison.Ordinal), File, new DiagnosticBag());
        var moved = QuestionsReader.Read(Question.Replace("Dilarang.", "Dilarang keras.", StringComparison.Ordinal), File, new DiagnosticBag());
        Assert.Matches("^[0-9a-f]{10}$", CompileQuiz.Version(questions));
        Assert.Equal(CompileQuiz.Version(questions), CompileQuiz.Version(again));
        Assert.NotEqual(CompileQuiz.Version(questions), CompileQuiz.Version(moved));
    }
}
