namespace NeutralitasKb.Site;

/// <summary>An internal link as written (<see cref="Href"/>) and the site path it resolves to.</summary>
/// <param name="Target">Root-relative path without fragment ("/sanksi/"), or null when the link leaves the site.</param>
/// <param name="Line">1-based line in <paramref name="File"/>, 0 when unknown.</param>
public sealed record LinkReference(string Href, string? Target, string? Fragment, string File, int Line, int Column);
