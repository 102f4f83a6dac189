namespace NeutralitasKb.Cli.Preview;

/// <summary>What a request's raw target maps to in the output folder.</summary>
public enum Resolution
{
    /// <summary>A file inside the output folder (<see cref="ResolvedRequest.File"/>).</summary>
    File,

    /// <summary>A folder asked for without its trailing slash, or the site root without the base path: redirect.</summary>
    Redirect,

    /// <summary>Inside the site's path but no such file: the 404 page.</summary>
    NotFound,

    /// <summary>A target that tries to leave the output folder or is not a plain path ("..", encoded slashes, "//", "C:").</summary>
    BadRequest,
}

public sealed record ResolvedRequest(Resolution Kind, string? File = null, string? Location = null);

/// <summary>
/// Maps a request's raw target (as sent, before any decoding by the server) to a file of the output folder, and
/// refuses anything that could reach outside it: dot segments (also percent-encoded), encoded or back slashes,
/// empty segments ("//etc/passwd"), drive letters, control characters. The final path is checked again against
/// the folder, so a mistake above still cannot serve a file outside it.
/// </summary>
public static class RequestPath
{
    public static ResolvedRequest Resolve(string rawTarget, string root, string basePath)
    {
        var target = rawTarget;
        var query = target.IndexOfAny(['?', '#']);
        if (query >= 0) target = target[..query];
        if (!target.StartsWith('/')) return new ResolvedRequest(Resolution.BadRequest);
        if (target.Contains("%2f", StringComparison.OrdinalIgnoreCase) || target.Contains("%5c", StringComparison.OrdinalIgnoreCase))
        {
            return new ResolvedRequest(Resolution.BadRequest);
        }

        string path;
        try
        {
            path = Uri.UnescapeDataString(target);
        }
        catch (UriFormatException)
        {
            return new ResolvedRequest(Resolution.BadRequest);
        }

        if (path.Contains('\\') || path.Any(char.IsControl)) return new ResolvedRequest(Resolution.BadRequest);
        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment is "." or ".." || (segment.Length == 0 && !last) || segment.Contains(':'))
            {
                return new ResolvedRequest(Resolution.BadRequest);
            }
        }

        if (path + "/" == basePath || (path == "/" && basePath != "/"))
        {
            return new ResolvedRequest(Resolution.Redirect, Location: basePath);
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return new ResolvedRequest(Resolution.NotFound);

        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var relative = path[basePath.Length..];
        var full = Path.GetFullPath(Path.Combine(rootFull, relative));
        if (!full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != rootFull)
        {
            return new ResolvedRequest(Resolution.BadRequest);
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/')) return new ResolvedRequest(Resolution.Redirect, Location: target + "/");
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? new ResolvedRequest(Resolution.File, full) : new ResolvedRequest(Resolution.NotFound);
    }
}
