namespace NeutralitasKb.Quiz;

/// <summary>A link written in the quiz sources, checked against the built site by <see cref="CheckQuizLinks"/>.</summary>
/// <param name="Owner">What the link belongs to, for messages: "basis link of question 'x'", "link of topic 'y'".</param>
/// <param name="SitePathOnly">True for basis, topic and sanction links, which must be root paths of this site; links inside
/// Markdown texts may also go to other sites.</param>
public sealed record QuizLink(string Href, string Owner, SourcePosition Position, bool SitePathOnly = true);
