namespace NeutralitasKb.Tests.Support;

/// <summary>
/// The smallest theme that exercises the layout stage: stage tests use it so they do not depend on the real theme.
/// It keeps the real theme's contract that matters to tests: every layout has the Content-Security-Policy meta tag.
/// </summary>
public static class MinimalTheme
{
    public const string Policy = """<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'">""";

    private const string Page = """
        <!doctype html>
        <html lang="{{site.language}}"><head><meta charset="utf-8">
        """ + Policy + """
        <title>{{page.title}} — {{site.title}}</title>
        <link rel="stylesheet" href="/assets/brand.css"></head>
        <body><nav aria-label="Utama"><a href="/">Beranda</a>{{#each nav}} <a href="{{url}}">{{title}}</a>{{/each}}</nav>
        <main id="main"><h1>{{page.title}}</h1>{{{page.content}}}</main></body></html>
        """;

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["theme/layouts/page.hbs"] = Page,
        ["theme/layouts/home.hbs"] = Page,
        ["theme/layouts/section.hbs"] = Page.Replace("{{{page.content}}}", "{{{page.content}}}<ul>{{#each page.children}}<li><a href=\"{{url}}\">{{title}}</a></li>{{/each}}</ul>", StringComparison.Ordinal),
        ["theme/layouts/redirect.hbs"] = """
            <!doctype html><html lang="id"><head><meta charset="utf-8">
            """ + Policy + """
            <title>{{page.title}}</title>
            <meta http-equiv="refresh" content="0; url={{redirect.to}}"><link rel="canonical" href="{{redirect.toAbsolute}}"></head>
            <body><main><a href="{{redirect.to}}">{{page.title}}</a></main></body></html>
            """,
        ["theme/assets/css/site.css"] = "body{font-family:system-ui}\n",
    };
}
