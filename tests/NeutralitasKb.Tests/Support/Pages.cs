using NeutralitasKb.Site;
using NeutralitasKb.Sources;

namespace NeutralitasKb.Tests.Support;

/// <summary>Pages made in memory, for tests of the site model that need no files.</summary>
public static class Pages
{
    public static Page Make(string url, string title, int order = 1000, bool nav = true)
    {
        var path = url == "/" ? "index.md" : url.Trim('/') + ".md";
        return new Page
        {
            Source = new SourceFile(path, "/site/input/" + path, SourceOrigin.Input, "input/" + path),
            Meta = new FrontMatter { Title = title, Order = order, Nav = nav },
            Url = url,
        };
    }
}
