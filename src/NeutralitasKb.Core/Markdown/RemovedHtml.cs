namespace NeutralitasKb.Markdown;

/// <summary>Something <see cref="RawHtmlSanitizer"/> took out: <paramref name="What"/> for the message, <paramref name="Written"/> to find its line.</summary>
public sealed record RemovedHtml(string What, string Written, bool IsTag);
