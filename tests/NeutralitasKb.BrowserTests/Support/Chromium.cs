using Microsoft.Playwright;

namespace NeutralitasKb.BrowserTests.Support;

/// <summary>Playwright cannot download its own browsers here: tests use Debian's chromium package.</summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("NKB_CHROMIUM") is { Length: > 0 } custom ? custom : "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
    };
}
