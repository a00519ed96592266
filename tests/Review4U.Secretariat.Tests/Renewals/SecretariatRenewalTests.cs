using Microsoft.EntityFrameworkCore;
using MimeKit;
using Review4U.Domain.Governance;
using Review4U.Email.Inbound;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Interests;
using Review4U.Secretariat.Renewals;
using Review4U.Secretariat.Tests.Support;
using Review4U.TestKit.Smtp;

namespace Review4U.Secretariat.Tests.Renewals;

/// <summary>
/// The shipped secretariat-renewal workflow for one alliance (Nairobi, UTC+3) whose term ends in a year, on the
/// engine, a fake clock, real PostgreSQL and SMTP: reminders at 60/30/7 days local time, interests by link and by
/// email reply, a quorum choosing a new Secretariat, the term and the coordinator handed over with history kept.
/// </summary>
public sealed class SecretariatRenewalTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly TermStart = new(2026, 3, 1);
    private static readonly DateOnly TermEnd = new(2027, 3, 1);
    private SecretariatWorld world = null!;
    private SeededBody ke = null!;

    public async Task InitializeAsync()
    {
        world = await SecretariatWorld.CreateAsync();
        ke = await world.CreateBodyAsync("NACSA-KE", "KE", "Africa/Nairobi", TermStart);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    /// <summary>09:00 in Nairobi (UTC+3) on the day <paramref name="days"/> before the term's end.</summary>
    private static DateTimeOffset NairobiNineOClock(int days) => new(TermEnd.AddDays(-days).ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);

    [Fact]
    public async Task SecretariatRenewal_RemindsCollectsInterestsAndHandsOverTheSecretariat_WhenTheQuorumChoosesACandidate()
    {
        // A year before the end, the daily trigger starts nothing: the renewal is not due (the module's trigger fact).
        await world.RunDailyTriggerAsync();
        Assert.Equal(0, await InstancesAsync());
        await using (var db = world.OpenSecretariat())
        {
            Assert.Equal(0, await db.Renewals.CountAsync());
        }

        // 60 days before the end, at 06:00 local, the daily trigger opens the renewal and calls for interest.
        await world.AdvanceToAsync(new DateTimeOffset(2026, 12, 31, 2, 0, 0, TimeSpan.Zero));
        await world.RunDailyTriggerAsync();
        Assert.Equal(1, await InstancesAsync());
        var delivered = await world.CategorisedAsync(await world.DeliverMailAsync());
        Assert.Equal(6, delivered.Count);
        Assert.All(delivered, e => Assert.Equal("secretariat-interest-call", e.Category));
        var calls = delivered.Select(e => e.Email).ToList();
        Assert.Empty(await world.OutboxAsync(ke.Id, "secretariat-renewal-reminder"));

        // Reminder 60 days before: not a minute early, exactly at 09:00 Nairobi time, to the Steering Committee (4 people).
        await world.AdvanceToAsync(NairobiNineOClock(60).AddMinutes(-1));
        Assert.Empty(await world.OutboxAsync(ke.Id, "secretariat-renewal-reminder"));
        await world.AdvanceToAsync(NairobiNineOClock(60));
        var reminders60 = await world.OutboxAsync(ke.Id, "secretariat-renewal-reminder");
        Assert.Equal(4, reminders60.Count);
        Assert.All(reminders60, r => Assert.Equal(NairobiNineOClock(60), r.At));
        Assert.Equal(
            new[] { ke.Contact(1).Email, ke.Contact(2).Email, ke.Contact(3).Email, ke.Contact(4).Email }.Order(),
            reminders60.Select(r => r.To).Order());
        Assert.Equal(4, (await world.DeliverMailAsync()).Count);
        await world.RunDailyTriggerAsync(); // the next days start nothing: the renewal is open
        await world.RunDailyTriggerAsync();
        Assert.Equal(1, await InstancesAsync());
        Assert.Empty(await world.DeliverMailAsync());

        // Organisation 5 by link (proposing its second contact), then edits; organisation 6 by email reply.
        var links = calls.ToDictionary(e => e.EnvelopeTo[0], e => SecretariatWorld.LinkToken(e, "interest"));
        var desk = world.Get<InterestDesk>();
        await world.AdvanceToAsync(new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.Zero));
        await desk.SubmitByLinkAsync(links[ke.Contact(5).Email], "We can host the Secretariat.", ke.Contact(5, 2).Email, None);
        var edited = await desk.SubmitByLinkAsync(links[ke.Contact(5).Email], "We can host the Secretariat from our Nairobi office.", ke.Contact(5, 2).Email, None);
        Assert.Equal(2, edited.Revision);
        var replyTo = calls.Single(e => e.EnvelopeTo[0] == ke.Contact(6).Email);
        var outcome = await world.Get<InboundMailProcessor>().ProcessAsync(Reply(replyTo, "Our organisation would like to serve as Secretariat."), None);
        Assert.Equal(InboundOutcome.Handled, outcome);
        var receipts = await world.CategorisedAsync(await world.DeliverMailAsync());
        Assert.Equal(3, receipts.Count(e => e.Category == "secretariat-interest-received")); // two versions of 5, one of 6
        Assert.DoesNotContain(receipts, e => e.Category == "reply-acknowledgement"); // the receipt is the acknowledgement

        // Reminder 30 days before (also the interest deadline): then the decision request with both candidates.
        await world.AdvanceToAsync(NairobiNineOClock(30).AddMinutes(-1));
        Assert.Equal(4, (await world.OutboxAsync(ke.Id, "secretariat-renewal-reminder")).Count);
        await world.AdvanceToAsync(NairobiNineOClock(30));
        Assert.Equal(8, (await world.OutboxAsync(ke.Id, "secretariat-renewal-reminder")).Count);
        var requests = await world.DeliverMailAsync("secretariat-decision-request");
        Assert.Equal(4, requests.Count);
        Assert.Contains($"{ke.Organisations[4].Name} (Person 5B of NACSA-KE)", requests[0].Message.TextBody, StringComparison.Ordinal);
        Assert.Contains(ke.Organisations[5].Name, requests[0].Message.TextBody, StringComparison.Ordinal);
        var ballots = requests.ToDictionary(e => e.EnvelopeTo[0], e => SecretariatWorld.LinkToken(e, "decide"));

        // An interest after the deadline is refused and changes nothing.
        var late = await Assert.ThrowsAsync<SecretariatException>(() => desk.SubmitByLinkAsync(links[ke.Contact(3).Email], "Late.", null, None));
        Assert.Contains("closed", late.Message, StringComparison.Ordinal);

        // Reminder 7 days before, exactly on time; then the Steering Committee votes: 3 of 4 is the quorum.
        await world.AdvanceToAsync(NairobiNineOClock(7).AddMinutes(-1));
        Assert.Equal(8, (await world.OutboxAsync(ke.Id, "secretariat-renewal-reminder")).Count);
        await world.AdvanceToAsync(NairobiNineOClock(7));
        Assert.Equal(12, (await world.OutboxAsync(ke.Id, "secretariat-renewal-reminder")).Count);
        var ballot = world.Get<Ballot>();
        var view = await ballot.OpenAsync(ballots[ke.Contact(2).Email], None);
        var org5 = view.Candidates.Single(c => c.OrganisationId == ke.Organisations[4].Id).InterestId;
        await ballot.VoteByLinkAsync(ballots[ke.Contact(2).Email], Choices.Of(org5), None);
        await ballot.VoteByLinkAsync(ballots[ke.Contact(3).Email], Choices.Renew, None);
        await ballot.VoteByLinkAsync(ballots[ke.Contact(4).Email], Choices.Of(org5), None);
        await world.RunEngineAsync();
        await using (var db = world.OpenSecretariat())
        {
            Assert.Null((await db.Renewals.SingleAsync()).Decision);
        }

        var bad = await Assert.ThrowsAsync<SecretariatException>(() => ballot.VoteByLinkAsync(ballots[ke.Contact(1).Email], "someone-else", None));
        Assert.Contains("choice", bad.Message, StringComparison.Ordinal);
        var decided = await ballot.VoteByLinkAsync(ballots[ke.Contact(3).Email], Choices.Of(org5), None);
        Assert.Equal(Choices.Of(org5), decided.Decision);
        await world.RunEngineAsync();

        // The domain: a new term for organisation 5 from the old term's end, its second contact Coordinator from then, history intact.
        await using (var domain = world.OpenDomain())
        {
            var body = await domain.Bodies.Include(b => b.Roles).Include(b => b.SecretariatTerms).ThenInclude(t => t.Renewals).SingleAsync(b => b.Id == ke.Id);
            Assert.Equal(2, body.SecretariatTerms.Count);
            var old = body.SecretariatTerms.Single(t => t.StartsOn == TermStart);
            Assert.Equal((ke.Organisations[0].Id, TermEnd), (old.OrganisationId, old.EndsOn));
            var next = body.SecretariatOn(TermEnd)!;
            Assert.Equal((ke.Organisations[4].Id, TermEnd, TermEnd.AddYears(1)), (next.OrganisationId, next.StartsOn, next.EndsOn));
            var coordinators = body.Roles.Where(r => r.Kind == RoleKind.Coordinator).OrderBy(r => r.StartsOn).ToList();
            Assert.Equal(2, coordinators.Count);
            Assert.Equal((ke.Contact(1).Id, (DateOnly?)TermEnd), (coordinators[0].ContactId!.Value, coordinators[0].EndsOn));
            Assert.Equal((ke.Contact(5, 2).Id, (DateOnly?)null, TermEnd), (coordinators[1].ContactId!.Value, coordinators[1].EndsOn, coordinators[1].StartsOn));
            Assert.Equal(ke.Contact(1).Id, body.HolderOn(RoleKind.Coordinator, TermEnd.AddDays(-1))!.ContactId);
        }

        // Everyone informed: the six main contacts (the Steering Committee among them), once each.
        var announced = await world.DeliverMailAsync("secretariat-decision-announced");
        Assert.Equal(6, announced.Count);
        Assert.Contains("Person 5B of NACSA-KE", announced[0].Message.TextBody, StringComparison.Ordinal);

        // Nothing sent twice: weeks later, with the daily start running again, no new email; every key once.
        await world.AdvanceToAsync(new DateTimeOffset(2027, 3, 20, 6, 0, 0, TimeSpan.Zero));
        await world.RunDailyTriggerAsync();
        Assert.Empty(await world.DeliverMailAsync());
        Assert.Empty(await world.OutboxAsync(ke.Id, "secretariat-renewal-escalation"));
        await using (var db = world.OpenSecretariat())
        {
            var renewal = await db.Renewals.SingleAsync();
            Assert.Equal((RenewalStatuses.Applied, ke.Id), (renewal.Status, renewal.BodyId));
            Assert.Equal(2, await db.Interests.CountAsync(i => i.BodyId == ke.Id));
        }
    }

    private async Task<long> InstancesAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM workflow.instances WHERE body_id = $1 AND definition_id = 'secretariat-renewal'", connection);
        command.Parameters.AddWithValue(ke.Id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static MimeMessage Reply(ReceivedEmail original, string text)
    {
        var message = new MimeMessage { Subject = "Re: " + original.Message.Subject, MessageId = $"{Guid.NewGuid():N}@mail.example" };
        message.From.Add(MailboxAddress.Parse(original.EnvelopeTo[0]));
        message.To.Add(original.Message.ReplyTo.Mailboxes.First());
        message.InReplyTo = original.Message.MessageId;
        message.Body = new TextPart("plain") { Text = text + "\n\nOn Monday, the alliance wrote:\n> " + original.Message.TextBody?.Split('\n')[0] };
        return message;
    }
}
