using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Review4U.Rounds.Model;
using Review4U.Web.Tests.Support;
using static Review4U.Web.Tests.Support.TaskPageSelectors;

namespace Review4U.Web.Tests.Answers;

/// <summary>The task page once time has passed: after the deadline, and once the link itself has expired. A world per test (the clock moves).</summary>
public sealed class TaskPageDeadlineTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private WebWorld world = null!;

    public async Task InitializeAsync() => world = await WebWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public Task TaskPage_SaysItIsClosedAndWritesNothing_WhenTheDeadlineHasPassed() =>
        chromium.RunAsync(nameof(TaskPage_SaysItIsClosedAndWritesNothing_WhenTheDeadlineHasPassed), async page =>
        {
            // The member opened the page before the deadline and submits after it.
            await page.OpenAsync(world.InvitationOf(2));
            await page.FillAsync(Text("c1"), "Too late.");
            world.Clock.SetUtcNow(WebWorld.Deadline.AddSeconds(1));

            Assert.Equal(403, await page.ClickAndLandAsync(Submit));
            await Assertions.Expect(page.Locator(Alert)).ToBeVisibleAsync();

            var task = await world.TaskOfAsync(2);
            Assert.Equal(TaskStatuses.Pending, task.Status);
            await using (var db = world.OpenRounds())
            {
                Assert.Equal(0, await db.Answers.CountAsync(a => a.RoundId == world.RoundId));
            }

            // Opened again, the page is read-only: it says so and offers no form to change anything.
            Assert.Equal(200, await page.OpenAsync(world.InvitationOf(2)));
            await Assertions.Expect(page.Locator(Alert)).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("button[name='action']").CountAsync());
            Assert.Equal(0, await page.Locator("form[action$='/attach'], form[action$='/forward'], form[action$='/decline']").CountAsync());
        });

    [Fact]
    public Task ExpiredLink_OffersAFreshLinkByEmail_WhenTheMemberAsksForOne() =>
        chromium.RunAsync(nameof(ExpiredLink_OffersAFreshLinkByEmail_WhenTheMemberAsksForOne), async page =>
        {
            // Links live until the deadline plus the grace period (10 days).
            world.Clock.SetUtcNow(WebWorld.Deadline.AddDays(10).AddMinutes(1));

            Assert.Equal(410, await page.OpenAsync(world.InvitationOf(3)));
            Assert.Equal(200, await page.ClickAndLandAsync(FreshLinkButton));

            var renewal = Assert.Single(await world.DeliverMailAsync());
            Assert.Equal([WebWorld.ContactAddress(3)], renewal.EnvelopeTo);
            var fresh = world.TaskLink(renewal);
            Assert.NotEqual(world.InvitationOf(3), fresh);
            Assert.Equal(200, await page.OpenAsync(fresh));
            Assert.Equal(["c1", "c2", "p3"], await page.Locator(Questions).EvaluateAllAsync<string[]>("fieldsets => fieldsets.map(f => f.id)"));
        });
}
