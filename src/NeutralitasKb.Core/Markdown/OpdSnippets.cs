using System.Net;
using System.Text;
using NeutralitasKb.Site;

namespace NeutralitasKb.Markdown;

/// <summary>HTML for the <c>opd-kontak</c> and <c>opd-pelaporan</c> containers, made once per build from settings.</summary>
public sealed class OpdSnippets
{
    public OpdSnippets(SiteSettings settings)
    {
        ContactsHtml = Contacts(settings);
        ReportingHtml = Reporting(settings);
    }

    public string ContactsHtml { get; }

    public string ReportingHtml { get; }

    private static string Contacts(SiteSettings settings)
    {
        var html = new StringBuilder();
        html.Append("<section class=\"opd-contacts\" aria-label=\"Kontak ").Append(E(settings.Satgas.Name)).Append("\">\n");
        html.Append("<p><strong>").Append(E(settings.Satgas.Name)).Append("</strong> — ").Append(E(settings.Opd.Name)).Append(", ")
            .Append(E(settings.Opd.Region)).Append("</p>\n");
        if (settings.Satgas.Contacts.Count == 0)
        {
            html.Append("<p>Kontak Satgas belum diisi. Hubungi bagian kepegawaian di kantor Anda.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var c in settings.Satgas.Contacts)
            {
                html.Append("<li><strong>").Append(E(c.Name)).Append("</strong>");
                if (c.Role.Length > 0) html.Append(", ").Append(E(c.Role));
                if (c.Phone.Length > 0) html.Append(" — <a href=\"tel:").Append(E(Digits(c.Phone))).Append("\">").Append(E(c.Phone)).Append("</a>");
                if (c.Email.Length > 0) html.Append(" — <a href=\"mailto:").Append(E(c.Email)).Append("\">").Append(E(c.Email)).Append("</a>");
                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    private static string Reporting(SiteSettings settings)
    {
        var html = new StringBuilder("<ul class=\"opd-reporting\">\n");
        foreach (var r in settings.Reporting)
        {
            html.Append("<li><strong>");
            html.Append(r.Url.Length > 0 ? $"<a href=\"{E(r.Url)}\">{E(r.Name)}</a>" : E(r.Name));
            html.Append("</strong>");
            if (r.Description.Length > 0) html.Append(": ").Append(E(r.Description));
            html.Append("</li>\n");
        }

        if (settings.Reporting.Count == 0)
        {
            html.Append("<li>Kanal pelaporan kantor Anda belum diisi.</li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The number a tel: link dials: digits and a leading +, without the spaces and brackets people write.</summary>
    internal static string Digits(string phone) => new(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
