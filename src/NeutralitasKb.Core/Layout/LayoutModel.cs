using NeutralitasKb.Build;
using NeutralitasKb.Markdown;
using NeutralitasKb.Site;

namespace NeutralitasKb.Layout;

/// <summary>
/// The data a layout sees, as plain dictionaries with the camelCase keys the README documents
/// (site.*, page.*, nav, and feature data such as quiz or azIndex). The site part is built once per build.
/// </summary>
public sealed class LayoutModel
{
    private readonly BuildContext _context;
    private readonly Dictionary<string, object?> _site;
    private readonly NavMenu _menu;

    public LayoutModel(BuildContext context)
    {
        _context = context;
        _menu = new NavMenu(context.Navigation);
        var s = context.Settings;
        _site = new Dictionary<string, object?>
        {
            ["title"] = s.Title,
            ["description"] = s.Description,
            ["language"] = s.Language,
            ["baseUrl"] = s.BaseUrl,
            ["opd"] = new Dictionary<string, object?>
            {
                ["name"] = s.Opd.Name,
                ["shortName"] = s.Opd.ShortName,
                ["region"] = s.Opd.Region,
                ["logo"] = s.Opd.Logo is null ? null : "/" + s.Opd.Logo,
                ["primaryColor"] = s.Opd.PrimaryColor,
            },
            ["pilkada"] = s.Pilkada is null ? null : new Dictionary<string, object?>
            {
                ["name"] = s.Pilkada.Name,
                ["date"] = s.Pilkada.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["dateText"] = IndonesianDate.Format(s.Pilkada.Date),
            },
            ["satgas"] = new Dictionary<string, object?>
            {
                ["name"] = s.Satgas.Name,
                ["contacts"] = s.Satgas.Contacts.Select(c => new Dictionary<string, object?>
                {
                    ["name"] = c.Name, ["role"] = c.Role, ["phone"] = c.Phone, ["dial"] = OpdSnippets.Digits(c.Phone), ["email"] = c.Email,
                }).ToList(),
            },
            ["reporting"] = s.Reporting.Select(r => new Dictionary<string, object?>
            {
                ["name"] = r.Name, ["url"] = r.Url, ["description"] = r.Description,
            }).ToList(),
            ["searchEnabled"] = context.SearchAvailable,
            ["buildYear"] = context.Now.Year,
        };
    }

    public Dictionary<string, object?> For(Page page)
    {
        var navigation = _context.Navigation;
        var section = navigation.SectionOf(page);
        var prev = navigation.Previous(page);
        var next = navigation.Next(page);
        var toc = page.Meta.Toc ? page.Headings.Where(h => h.Level is 2 or 3).ToList() : [];
        var data = new Dictionary<string, object?>(_context.LayoutData)
        {
            ["site"] = _site,
            ["page"] = new Dictionary<string, object?>
            {
                ["title"] = page.Meta.Title,
                ["description"] = page.Meta.Description,
                ["url"] = page.Url,
                ["absoluteUrl"] = _context.Settings.Absolute(page.Url),
                ["layout"] = page.Meta.Layout,
                ["content"] = page.ContentHtml,
                ["isHome"] = page.IsHome,
                ["section"] = section is null || section.Url == page.Url ? null : Link(section),
                ["breadcrumbs"] = navigation.Ancestors(page).Select(Link).ToList(),
                ["prev"] = prev is null ? null : Link(prev),
                ["next"] = next is null ? null : Link(next),
                ["toc"] = toc.Select(h => new Dictionary<string, object?> { ["id"] = h.Id, ["text"] = h.Text, ["level"] = h.Level }).ToList(),
                ["hasToc"] = toc.Count >= 2,
                ["reviewed"] = Iso(page.Meta.Reviewed),
                ["reviewedText"] = page.Meta.Reviewed is { } r ? IndonesianDate.Format(r) : null,
                ["updated"] = Iso(page.Meta.Updated),
                ["updatedText"] = page.Meta.Updated is { } u ? IndonesianDate.Format(u) : null,
                ["keywords"] = page.Meta.Keywords,
                ["search"] = page.Meta.Search,
                ["children"] = navigation.ChildrenOf(page.Url).Select(c => new Dictionary<string, object?>
                {
                    ["title"] = c.Meta.Title, ["url"] = c.Url, ["description"] = c.Meta.Description,
                }).ToList(),
                ["qrUrl"] = QrPath(page.Url),
                ["shareImage"] = "/assets/img/share.png",
                ["shareImageAbsolute"] = _context.Settings.Absolute("/assets/img/share.png"),
            },
            ["nav"] = _menu.For(page, section),
        };
        if (page.RedirectTo is not null)
        {
            data["redirect"] = new Dictionary<string, object?>
            {
                ["to"] = page.RedirectTo,
                ["toAbsolute"] = _context.Settings.Absolute(page.RedirectTo),
            };
        }

        return data;
    }

    /// <summary>Root path of a page's QR code: "/qr/sanksi.svg", "/qr/beranda.svg" for the home page.</summary>
    public static string QrPath(string url)
    {
        var name = url == "/" ? "beranda" : url.Trim('/').Replace('/', '-').Replace(".html", "", StringComparison.Ordinal);
        return $"/qr/{name}.svg";
    }

    private static Dictionary<string, object?> Link(Page page) => new() { ["title"] = page.Meta.Title, ["url"] = page.Url };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
