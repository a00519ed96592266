using Microsoft.EntityFrameworkCore;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Renewals;
using Review4U.Secretariat.Tests.Support;

namespace Review4U.Secretariat.Tests.Renewals;

/// <summary>
/// A body (Paris: the 7-day reminder falls before the March daylight-saving change, the end after it) where nobody
/// decides: escalation at the term's end to the Steering Committee and the platform admin, then weekly, until a
/// late decision renews the Secretariat with a new term from the decision day.
/// </summary>
public sealed class RenewalEscalationTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly TermEnd = new(2027, 4, 1);
    private SecretariatWorld world = null!;
    private SeededBody fr = null!;

    public async Task InitializeAsync()
    {
        world = await SecretariatWorld.CreateAsync();
        fr = await world.CreateBodyAsync("NACSA-FR", "FR", "Europe/Paris", new DateOnly(2026, 4, 1));
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task SecretariatRenewal_EscalatesAtTermEndThenWeekly_WhenNoDecisionIsTaken()
    {
        await world.AdvanceToAsync(new DateTimeOffset(2026, 4, 2, 8, 0, 0, TimeSpan.Zero));
        await world.Get<RenewalStarter>().StartAsync(fr.Code, None); // forced from the CLI, a year early
        await world.Get<RenewalStarter>().StartAsync(fr.Code, None); // twice: the same instance
        await world.RunEngineAsync();
        Assert.Equal(6, (await world.OutboxAsync(fr.Id, "secretariat-interest-call")).Count);

        // 7 days before the end (25 March, winter time UTC+1) and the escalation (1 April, summer time UTC+2): both 09:00 in Paris.
        var sevenDays = new DateTimeOffset(2027, 3, 25, 8, 0, 0, TimeSpan.Zero);
        var firstEscalation = new DateTimeOffset(2027, 4, 1, 7, 0, 0, TimeSpan.Zero);
        await world.AdvanceThroughAsync(new DateTimeOffset(2027, 3, 20, 0, 0, 0, TimeSpan.Zero));
        await world.AdvanceToAsync(sevenDays.AddMinutes(-1));
        var reminders = await world.OutboxAsync(fr.Id, "secretariat-renewal-reminder");
        Assert.Equal(8, reminders.Count); // 60 and 30 days before, to the four members of the Steering Committee
        await world.AdvanceToAsync(sevenDays);
        reminders = await world.OutboxAsync(fr.Id, "secretariat-renewal-reminder");
        Assert.Equal(12, reminders.Count);
        Assert.Equal(sevenDays, reminders[^1].At);
        Assert.Single(await world.OutboxAsync(fr.Id, "secretariat-decision-request"), r => r.To == fr.Contact(1).Email);

        await world.AdvanceToAsync(firstEscalation.AddMinutes(-1));
        Assert.Empty(await world.OutboxAsync(fr.Id, "secretariat-renewal-escalation"));
        await world.AdvanceToAsync(firstEscalation);
        var escalations = await world.OutboxAsync(fr.Id, "secretariat-renewal-escalation");
        Assert.Equal(5, escalations.Count); // four Steering Committee members and the platform admin
        Assert.Contains(escalations, e => e.To == SecretariatWorld.AdminEmail);
        Assert.All(escalations, e => Assert.Equal(firstEscalation, e.At));
        var delivered = await world.DeliverMailAsync("secretariat-renewal-escalation");
        var toAdmin = delivered.Single(e => e.EnvelopeTo[0] == SecretariatWorld.AdminEmail);
        Assert.Contains("review4u secretariat renewal status --body NACSA-FR", toAdmin.Message.TextBody, StringComparison.Ordinal);
        var toMember = delivered.Single(e => e.EnvelopeTo[0] == fr.Contact(1).Email);
        var freshBallot = SecretariatWorld.LinkToken(toMember, "decide");

        // Weekly: one more round a week later, exactly; nothing in between.
        await world.AdvanceToAsync(firstEscalation.AddDays(7).AddMinutes(-1));
        Assert.Equal(5, (await world.OutboxAsync(fr.Id, "secretariat-renewal-escalation")).Count);
        await world.AdvanceToAsync(firstEscalation.AddDays(7));
        Assert.Equal(10, (await world.OutboxAsync(fr.Id, "secretariat-renewal-escalation")).Count);
        await world.AdvanceToAsync(firstEscalation.AddDays(14));
        Assert.Equal(15, (await world.OutboxAsync(fr.Id, "secretariat-renewal-escalation")).Count);

        // A late decision to renew (the escalation's fresh link and two votes recorded from the CLI): a new term from that day.
        var ballot = world.Get<Ballot>();
        await ballot.VoteByLinkAsync(freshBallot, Choices.Renew, None);
        await ballot.VoteAsAsync(fr.Code, fr.Contact(2).Email, Choices.Renew, None);
        var refused = await Assert.ThrowsAsync<SecretariatException>(() => ballot.VoteAsAsync(fr.Code, fr.Contact(5).Email, Choices.Renew, None));
        Assert.Contains("Steering Committee", refused.Message, StringComparison.Ordinal);
        await ballot.VoteAsAsync(fr.Code, fr.Contact(3).Email, Choices.Renew, None);
        await world.RunEngineAsync();
        await world.AdvanceToAsync(firstEscalation.AddDays(30));
        Assert.Equal(15, (await world.OutboxAsync(fr.Id, "secretariat-renewal-escalation")).Count);
        await using var domain = world.OpenDomain();
        var body = await domain.Bodies.Include(b => b.Roles).Include(b => b.SecretariatTerms).SingleAsync(b => b.Id == fr.Id);
        var decidedOn = DateOnly.FromDateTime(firstEscalation.AddDays(14).UtcDateTime);
        Assert.Equal(
            [(new DateOnly(2026, 4, 1), TermEnd), (decidedOn, decidedOn.AddYears(1))],
            body.SecretariatTerms.OrderBy(t => t.StartsOn).Select(t => (t.StartsOn, t.EndsOn)).ToArray());
        Assert.All(body.SecretariatTerms, t => Assert.Equal(fr.Organisations[0].Id, t.OrganisationId));
        await using var db = world.OpenSecretariat();
        Assert.Equal(RenewalStatuses.Applied, (await db.Renewals.SingleAsync()).Status);
        Assert.Equal(6, (await world.OutboxAsync(fr.Id, "secretariat-decision-announced")).Count);
    }
}
