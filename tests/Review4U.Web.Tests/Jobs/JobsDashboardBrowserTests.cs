using Microsoft.Playwright;
using Review4U.Web.Tests.Support;

namespace Review4U.Web.Tests.Jobs;

/// <summary>The jobs dashboard in Chromium over real Kestrel: the browser's loopback address is let in, with every asset.</summary>
public sealed class JobsDashboardBrowserTests(KestrelWebHost host, Chromium chromium) : IClassFixture<KestrelWebHost>, IClassFixture<Chromium>
{
    [Fact]
    public Task Dashboard_LoadsWithAllItsAssets_WhenOpenedFromLoopback() =>
        chromium.RunAsync(nameof(Dashboard_LoadsWithAllItsAssets_WhenOpenedFromLoopback), async page =>
        {
            var failed = new List<string>();
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    failed.Add($"{response.Status} {response.Url}");
                }
            };

            Assert.Equal(200, await page.OpenAsync(new Uri(host.Web.BaseAddress!, "jobs")));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.Empty(failed);
            Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Hangfire === 'object'"), "The dashboard's script did not load.");
        });
}
