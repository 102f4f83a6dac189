namespace NeutralitasKb.Tests.Support;

/// <summary>The page blocks most test sites start from, in TestSite's <c>-- input/x.md --</c> format.</summary>
public static class SiteSpec
{
    /// <summary>input/index.md with a complete front matter and the given Markdown (its first line is line 6).</summary>
    public static string Home(string body) => Page("index.md", null, "Beranda", body);

    /// <summary>A page with a complete front matter; a null slug leaves the key out (the home page).</summary>
    public static string Page(string file, string? slug, string title, string body) =>
        $"-- input/{file} --\n---\ntitle: {title}\ndescription: d\n" + (slug is null ? "" : $"slug: {slug}\n") + $"reviewed: 2026-11-23\n---\n{body}\n";
}
