using System.Globalization;
using System.Security;
using System.Text;
using NeutralitasKb.Build;
using NeutralitasKb.Diagnostics;
using NeutralitasKb.Layout;
using NeutralitasKb.Site;
using NeutralitasKb.Sources;
using QRCoder;

namespace NeutralitasKb.Output;

/// <summary>The site's files besides pages: copied assets, brand.css from settings, sitemap.xml, robots.txt and a QR code per page.</summary>
public sealed class GenerateSiteFiles : IBuildStage
{
    public bool RunsAfterErrors => true;

    public void Run(BuildContext context)
    {
        foreach (var asset in context.Sources.Values.Where(SourceKinds.IsAsset))
        {
            context.Files[asset.RelativePath] = OutputFile.Copy(asset.RelativePath, asset.FullPath);
        }

        var settings = context.Settings;
        context.Files["assets/brand.css"] = OutputFile.Text("assets/brand.css", BrandCss(settings));
        var published = BuildIndexes.PublishedPages(context.Pages).ToList();
        context.Files["sitemap.xml"] = OutputFile.Text("sitemap.xml", Sitemap(published, settings));
        context.Files["robots.txt"] = OutputFile.Text("robots.txt", Robots(settings));

        var coded = context.Pages.Where(p => !p.Failed && p.RedirectTo is null).ToList();
        ReportSharedQrFiles(coded, context);
        var codes = new OutputFile[coded.Count];
        Parallel.For(0, coded.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism }, i =>
        {
            var page = coded[i];
            var path = LayoutModel.QrPath(page.Url).TrimStart('/');
            codes[i] = OutputFile.Text(path, QrSvg(settings.Absolute(page.Url)));
        });
        foreach (var code in codes)
        {
            context.Files[code.Path] = code;
        }
    }

    /// <summary>QR file names flatten the slug ("a/b" and "a-b" both give qr/a-b.svg): two such pages must not share one code.</summary>
    private static void ReportSharedQrFiles(IReadOnlyList<Page> pages, BuildContext context)
    {
        // Pages with the very same URL are already reported by CheckUrls; only distinct URLs that flatten alike count here.
        var distinct = pages.DistinctBy(p => p.Url);
        foreach (var group in distinct.GroupBy(p => LayoutModel.QrPath(p.Url), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var who = string.Join("; ", group.Select(p => $"{p.Display} ({p.Url})"));
            foreach (var page in group)
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateUrl, page.Display, page.Meta.LineOf("slug"), 1,
                    $"the QR code file '{group.Key}' would be shared by {who}", "change one of the slugs so each page keeps its own QR code");
            }
        }
    }

    public static string QrSvg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true);
        return svg;
    }

    private static string BrandCss(SiteSettings settings)
    {
        var css = new StringBuilder();
        css.Append("/* Generated from settings.yml (opd.primaryColor, opd.logo). Override in input/assets/css/site.css if needed. */\n");
        css.Append(":root{--color-primary:").Append(settings.Opd.PrimaryColor).Append(";--color-primary-contrast:")
            .Append(Contrast.Luminance(settings.Opd.PrimaryColor) > 0.4 ? "#111111" : "#ffffff").Append(";}\n");
        return css.ToString();
    }

    private static string Sitemap(IReadOnlyList<Page> pages, SiteSettings settings)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.Meta.Search).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(settings.Absolute(page.Url))).Append("</loc>");
            if (page.Meta.Updated is { } updated)
            {
                xml.Append("<lastmod>").Append(updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            xml.Append("</url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    private static string Robots(SiteSettings settings)
    {
        var text = "User-agent: *\nAllow: /\n";
        return settings.BaseUrl.Length > 0 ? text + $"Sitemap: {settings.BaseUrl}sitemap.xml\n" : text;
    }
}
