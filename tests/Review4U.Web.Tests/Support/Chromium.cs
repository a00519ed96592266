using Microsoft.Playwright;

namespace Review4U.Web.Tests.Support;

/// <summary>
/// Debian's headless Chromium driven by Playwright: one browser per test class (an xunit class fixture), a fresh
/// context (cookies, storage) per test. Playwright never downloads a browser here: <c>scripts/chromium-up</c>
/// installs /usr/bin/chromium (or set REVIEW4U_CHROMIUM).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("REVIEW4U_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: run `bash scripts/chromium-up` first.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath, Headless = true, Args = Arguments, Timeout = 60_000,
        });
    }

    /// <summary>
    /// Runs <paramref name="test"/> on a page of a fresh context; on failure saves a full-page screenshot as
    /// <c>screenshots/{name}.png</c> beside the test assembly, then rethrows.
    /// </summary>
    public async Task RunAsync(string name, Func<IPage, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (File.Exists(ScreenshotPath(name)))
        {
            File.Delete(ScreenshotPath(name)); // a screenshot left by an earlier failing run would mislead
        }
        await using var context = await browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        // A loaded shared machine is slow: wait longer than Playwright's 30 s default before calling a page broken.
        context.SetDefaultTimeout(45_000);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch (Exception)
        {
            await ScreenshotAsync(page, name);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    private static string ScreenshotPath(string name) => RepositoryPaths.Output("screenshots", name + ".png");

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath(name))!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(name), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // the page may be gone (crashed, closed): the test's own failure is what matters
        }
    }
}
