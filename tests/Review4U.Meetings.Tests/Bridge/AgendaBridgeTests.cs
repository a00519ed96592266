using Microsoft.EntityFrameworkCore;
using Review4U.Domain;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Bridge;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;
using Review4U.Meetings.Tests.Support;

namespace Review4U.Meetings.Tests.Bridge;

/// <summary>An alliance's agenda item forwarded to its regional network's next consultation.</summary>
public sealed class AgendaBridgeTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private MeetingsWorld world = null!;

    public async Task InitializeAsync() => world = await MeetingsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ForwardAsync_AddsTheItemOnceToTheNetworksNextConsultationWithItsOrigin_WhenTheNetworkCountsTheAlliancesCountry()
    {
        var planner = world.Get<MeetingPlanner>();
        var alliance = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, "2027-Q1");
        await planner.ProposeDateAsync(alliance, new MeetingDate(new DateTime(2027, 2, 15, 10, 0, 0), TimeSpan.FromHours(2)), None);
        var item = await world.Get<AgendaProposals>().AddBySecretariatAsync(alliance, "Cross-border trafficking routes through the Alps", "Seen by three members.", None);
        var bridge = world.Get<AgendaBridge>();

        var none = await Assert.ThrowsAsync<DomainRuleException>(() => bridge.ForwardAsync(item.Id, None));
        Assert.Equal("NET4U-EU has no consultation whose agenda is open; schedule one first (consultations schedule --body NET4U-EU).", none.Message);

        var network = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Network, "2027-Q1");
        var forwarded = await bridge.ForwardAsync(item.Id, None);
        var again = await bridge.ForwardAsync(item.Id, None);
        Assert.True(forwarded.Created);
        Assert.False(again.Created);
        Assert.Equal((forwarded.ItemId, network, MeetingsWorld.Network), (again.ItemId, again.MeetingId, again.NetworkCode));

        await using var db = world.OpenMeetings();
        var copy = await db.AgendaItems.SingleAsync(i => i.MeetingId == network);
        Assert.Equal((world.NetworkId, "Cross-border trafficking routes through the Alps", AgendaSources.Forwarded, AgendaItemStatuses.Proposed), (copy.BodyId, copy.Title, copy.Source, copy.Status));
        Assert.Equal((world.AllianceId, alliance, item.Id), (copy.OriginBodyId!.Value, copy.OriginMeetingId!.Value, copy.OriginItemId!.Value));
        Assert.Equal(copy.Id, (await db.AgendaItems.SingleAsync(i => i.Id == item.Id)).ForwardedToItemId);

        var back = await Assert.ThrowsAsync<DomainRuleException>(() => bridge.ForwardAsync(copy.Id, None));
        Assert.Contains("NET4U-EU is a network", back.Message, StringComparison.Ordinal);
    }
}
