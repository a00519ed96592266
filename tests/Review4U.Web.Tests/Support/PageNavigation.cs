using Microsoft.Playwright;

namespace Review4U.Web.Tests.Support;

/// <summary>Clicks that post a form and land on another page (after a redirect or not), with the status it answered.</summary>
public static class PageNavigation
{
    /// <summary>Clicks <paramref name="selector"/> and waits for the page it leads to; returns that page's HTTP status.</summary>
    public static async Task<int> ClickAndLandAsync(this IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        // The page's own final response: a form post answers 302 and the page lands on the redirect's target.
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync(selector),
            r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        // Not WaitForLoadStateAsync: between the response and the commit its client-side load-state bookkeeping can
        // miss the new document's DOMContentLoaded (seen once in CI: a 45 s timeout after "networkidle" fired).
        // Polling the document itself survives the navigation and cannot miss it.
        await page.WaitForFunctionAsync(
            "url => location.href === url && document.readyState !== 'loading'", response.Url);
        return response.Status;
    }

    /// <summary>Opens <paramref name="url"/>; returns the HTTP status.</summary>
    public static async Task<int> OpenAsync(this IPage page, Uri url)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        var response = await page.GotoAsync(url.AbsoluteUri);
        Assert.NotNull(response);
        return response.Status;
    }
}
