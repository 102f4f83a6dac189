using Microsoft.AspNetCore.StaticFiles;

namespace NeutralitasKb.Cli.Preview;

/// <summary>Content types for the built site's files, text types in UTF-8; Pagefind's index files are binary.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = Create();

    public static string For(string path)
    {
        if (!Provider.TryGetContentType(path, out var type)) return "application/octet-stream";
        var text = type.StartsWith("text/", StringComparison.Ordinal) || type is "image/svg+xml" or "application/json" or "application/xml"
            or "application/manifest+json";
        return text ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".pf_meta"] = "application/octet-stream";
        provider.Mappings[".pf_fragment"] = "application/octet-stream";
        provider.Mappings[".pf_index"] = "application/octet-stream";
        provider.Mappings[".pagefind"] = "application/octet-stream";
        return provider;
    }
}
