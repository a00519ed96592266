using System.Text.RegularExpressions;
using Npgsql;
using Review4U.TestKit.Smtp;
using Review4U.Web.Tests.Support;
using static Review4U.Web.Tests.Support.TaskPageSelectors;

namespace Review4U.Web.Tests.Unsubscribe;

/// <summary>
/// The reminders' one-click unsubscribe (RFC 8058): a person clicking the link in Chromium, and a mail client posting
/// <c>List-Unsubscribe=One-Click</c>. The reminders come from the shipped workflow on the fake clock; one round for the class.
/// </summary>
public sealed partial class UnsubscribeTests(RoundInProgress round, Chromium chromium) : IClassFixture<RoundInProgress>, IClassFixture<Chromium>
{
    private WebWorld World => round.World;

    [Fact]
    public Task Unsubscribe_MutesOnlyThatContactsReminders_WhenClickedInTheBrowserOrPostedByAMailClient() =>
        chromium.RunAsync(nameof(Unsubscribe_MutesOnlyThatContactsReminders_WhenClickedInTheBrowserOrPostedByAMailClient), async page =>
        {
            await World.AdvanceToAsync(WebWorld.Deadline.AddDays(-7));
            var firstReminders = await World.DeliverMailAsync();
            Assert.Equal(World.Organisations.Count, firstReminders.Count);

            // A person opens the link of the reminder's List-Unsubscribe header and confirms.
            Assert.Equal(200, await page.OpenAsync(UnsubscribeLink(ReminderTo(firstReminders, 3))));
            Assert.Equal(200, await page.ClickAndLandAsync(UnsubscribeButton));

            // A mail client does the one-click POST of RFC 8058 itself.
            using var mailClient = new HttpClient();
            using var oneClick = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
            var posted = await mailClient.PostAsync(UnsubscribeLink(ReminderTo(firstReminders, 5)), oneClick);
            Assert.Equal(System.Net.HttpStatusCode.OK, posted.StatusCode);

            Assert.Equal(2, await MutesAsync());
            await World.AdvanceToAsync(WebWorld.Deadline.AddDays(-2));
            var secondReminders = await World.DeliverMailAsync();
            var reminded = secondReminders.Select(e => e.EnvelopeTo[0]).ToHashSet();
            Assert.Equal(World.Organisations.Count - 2, reminded.Count);
            Assert.DoesNotContain(WebWorld.ContactAddress(3), reminded);
            Assert.DoesNotContain(WebWorld.ContactAddress(5), reminded);
            Assert.Contains(WebWorld.ContactAddress(4), reminded);
        });

    [Fact]
    public Task Unsubscribe_SaysTheLinkIsNotRecognisedAndMutesNothing_WhenTheTokenIsForged() =>
        chromium.RunAsync(nameof(Unsubscribe_SaysTheLinkIsNotRecognisedAndMutesNothing_WhenTheTokenIsForged), async page =>
        {
            var before = await MutesAsync();
            await page.OpenAsync(new Uri(World.BaseAddress, "email/unsubscribe?token=" + new string('0', 96) + ".forged"));

            Assert.Equal(400, await page.ClickAndLandAsync(UnsubscribeButton));
            Assert.Equal(before, await MutesAsync());
        });

    private static ReceivedEmail ReminderTo(IEnumerable<ReceivedEmail> emails, int organisation) =>
        emails.Single(e => e.EnvelopeTo[0] == WebWorld.ContactAddress(organisation));

    private Uri UnsubscribeLink(ReceivedEmail reminder)
    {
        var header = reminder.Message.Headers["List-Unsubscribe"];
        Assert.False(string.IsNullOrEmpty(header), "The reminder has no List-Unsubscribe header.");
        Assert.Equal("List-Unsubscribe=One-Click", reminder.Message.Headers["List-Unsubscribe-Post"]);
        var link = new Uri(HttpLink().Match(header).Groups[1].Value);
        Assert.Equal(World.BaseAddress.Authority, link.Authority);
        return link;
    }

    private async Task<long> MutesAsync()
    {
        await using var connection = new NpgsqlConnection(World.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM email.reminder_mutes WHERE scope_id = $1", connection);
        command.Parameters.AddWithValue(World.RoundId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex("<(https?://[^>]+)>")]
    private static partial Regex HttpLink();
}
