using Microsoft.EntityFrameworkCore;
using Review4U.Domain.Bodies;
using Review4U.Rounds.Launch;
using Review4U.Secretariat.Relay;
using Review4U.Secretariat.Tests.Support;

namespace Review4U.Secretariat.Tests.Relay;

/// <summary>A regional network's round relayed to the national alliances of its countries, and launched by one of them as its own.</summary>
public sealed class NetworkRelayTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private SecretariatWorld world = null!;
    private SeededBody network = null!;
    private SeededBody kenya = null!;
    private SeededBody uganda = null!;
    private SeededBody france = null!;
    private Guid networkRound;

    public async Task InitializeAsync()
    {
        world = await SecretariatWorld.CreateAsync();
        network = await world.CreateBodyAsync("NET4U-AF", "KE", "Africa/Nairobi", null, 4, BodyKind.RegionalNetwork, ["KE", "UG", "TZ"]);
        kenya = await world.CreateBodyAsync("NACSA-KE", "KE", "Africa/Nairobi", null, 5);
        uganda = await world.CreateBodyAsync("NACSA-UG", "UG", "Africa/Kampala", null, 3);
        france = await world.CreateBodyAsync("NACSA-FR", "FR", "Europe/Paris", null, 3);
        networkRound = (await world.Get<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
        {
            BodyCode = network.Code, QuestionnaireId = "cluster-i-criminalization-jurisdiction", Deadline = SecretariatWorld.Start.AddDays(30),
            ReminderDays = [10, 3], Quorum = 2, StartWorkflow = false,
        }, None)).RoundId;
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task RelayAsync_ReachesTheCoordinatorsOfTheNetworksAlliancesOnly_AndSendsNothingTwice()
    {
        var relay = world.Get<NetworkRelay>();
        var first = await relay.RelayAsync(new RelayRequest { NetworkCode = network.Code, RoundId = networkRound, Message = "Please join the regional submission." }, None);
        var again = await relay.RelayAsync(new RelayRequest { NetworkCode = network.Code, RoundId = networkRound }, None);

        Assert.True(first.Created);
        Assert.Equal(2, first.EmailsQueued);
        Assert.Equal(["NACSA-KE", "NACSA-UG"], first.Targets.Select(t => t.AllianceCode).ToArray());
        Assert.Equal((first.RelayId, false, 0), (again.RelayId, again.Created, again.EmailsQueued));
        var emails = await world.DeliverMailAsync();
        Assert.Equal([kenya.Contact(1).Email, uganda.Contact(1).Email], emails.Select(e => e.EnvelopeTo[0]).Order().ToArray());
        Assert.DoesNotContain(emails, e => e.EnvelopeTo[0].Contains("nacsa-fr", StringComparison.Ordinal));
        var toKenya = emails.Single(e => e.EnvelopeTo[0] == kenya.Contact(1).Email).Message.TextBody;
        Assert.Contains($"review4u relay launch --alliance NACSA-KE --relay {first.RelayId:N}", toKenya, StringComparison.Ordinal);
        Assert.Contains("Please join the regional submission.", toKenya, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaunchAsync_StartsTheSameQuestionnaireAsTheAlliancesRound_LinkedToTheNetworksRound()
    {
        var relayed = await world.Get<NetworkRelay>().RelayAsync(new RelayRequest { NetworkCode = network.Code, RoundId = networkRound }, None);
        var launcher = world.Get<RelayLauncher>();

        var launched = await launcher.LaunchAsync(kenya.Code, relayed.RelayId, null, None);
        var twice = await launcher.LaunchAsync(kenya.Code, relayed.RelayId, null, None);

        Assert.True(launched.Created);
        Assert.Equal((launched.RoundId, false), (twice.RoundId, twice.Created));
        await using (var rounds = new Review4U.Rounds.Data.RoundsDbContext(Review4U.Rounds.Data.RoundsDatabase.Options(world.Database.ConnectionString)))
        {
            var origin = await rounds.Rounds.SingleAsync(r => r.Id == networkRound);
            var own = await rounds.Rounds.SingleAsync(r => r.Id == launched.RoundId);
            Assert.Equal((kenya.Id, origin.QuestionnaireId, origin.Deadline, origin.Quorum), (own.BodyId, own.QuestionnaireId, own.Deadline, own.Quorum));
            Assert.Equal(origin.ReminderDays, own.ReminderDays);
        }

        await using var db = world.OpenSecretariat();
        var target = await db.RelayTargets.SingleAsync(t => t.RelayId == relayed.RelayId && t.BodyId == kenya.Id);
        Assert.Equal(launched.RoundId, target.LinkedRoundId);
        Assert.Equal(networkRound, (await db.Relays.SingleAsync(r => r.Id == relayed.RelayId)).OriginRoundId);
        await world.RunEngineAsync();
        Assert.Equal(5, (await world.OutboxAsync(kenya.Id, "task-invitation")).Count); // the alliance's own round runs
    }

    [Fact]
    public async Task RelayAndLaunch_RefuseBadInputAndWriteNothing_WhenTheInputIsWrong()
    {
        var relay = world.Get<NetworkRelay>();
        var launcher = world.Get<RelayLauncher>();

        var fromAlliance = await Assert.ThrowsAsync<SecretariatException>(() => relay.RelayAsync(new RelayRequest { NetworkCode = kenya.Code, RoundId = networkRound }, None));
        var unknownNetwork = await Assert.ThrowsAsync<SecretariatException>(() => relay.RelayAsync(new RelayRequest { NetworkCode = "NET4U-XX", RoundId = networkRound }, None));
        var unknownRound = await Assert.ThrowsAsync<SecretariatException>(() => relay.RelayAsync(new RelayRequest { NetworkCode = network.Code, RoundId = Guid.NewGuid() }, None));
        var emptyAnnouncement = await Assert.ThrowsAsync<SecretariatException>(() => relay.RelayAsync(new RelayRequest { NetworkCode = network.Code, Title = "Call" }, None));
        var kenyaRound = (await world.Get<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
        {
            BodyCode = kenya.Code, QuestionnaireId = "cluster-i-criminalization-jurisdiction", Deadline = SecretariatWorld.Start.AddDays(20), StartWorkflow = false,
        }, None)).RoundId;
        var otherBodysRound = await Assert.ThrowsAsync<SecretariatException>(() => relay.RelayAsync(new RelayRequest { NetworkCode = network.Code, RoundId = kenyaRound }, None));

        Assert.Contains("national alliance", fromAlliance.Message, StringComparison.Ordinal);
        Assert.Contains("--network", unknownNetwork.Message, StringComparison.Ordinal);
        Assert.Contains("--round", unknownRound.Message, StringComparison.Ordinal);
        Assert.Contains("--message", emptyAnnouncement.Message, StringComparison.Ordinal);
        Assert.Contains("another body", otherBodysRound.Message, StringComparison.Ordinal);

        var relayed = await relay.RelayAsync(new RelayRequest { NetworkCode = network.Code, RoundId = networkRound }, None);
        var outsider = await Assert.ThrowsAsync<SecretariatException>(() => launcher.LaunchAsync(france.Code, relayed.RelayId, null, None));
        var past = await Assert.ThrowsAsync<SecretariatException>(() => launcher.LaunchAsync(kenya.Code, relayed.RelayId, SecretariatWorld.Start.AddDays(-1), None));
        Assert.Contains("not relayed to NACSA-FR", outsider.Message, StringComparison.Ordinal);
        Assert.Contains("--deadline", past.Message, StringComparison.Ordinal);

        await using var db = world.OpenSecretariat();
        Assert.Equal(1, await db.Relays.CountAsync());
        Assert.Null((await db.RelayTargets.SingleAsync(t => t.BodyId == kenya.Id)).LinkedRoundId);
        Assert.Empty(await world.OutboxAsync(france.Id, "network-call-relay"));
        await using var rounds = new Review4U.Rounds.Data.RoundsDbContext(Review4U.Rounds.Data.RoundsDatabase.Options(world.Database.ConnectionString));
        Assert.Equal(2, await rounds.Rounds.CountAsync()); // the network's and Kenya's own: no relayed launch
    }

    [Fact]
    public async Task RelayAsync_RelaysAnAnnouncementWithoutALaunchCommand_WhenNoRoundIsGiven()
    {
        var result = await world.Get<NetworkRelay>().RelayAsync(
            new RelayRequest { NetworkCode = network.Code, Title = "Regional webinar on smuggling of migrants", Message = "Join us on 12 March." }, None);

        Assert.Equal(2, result.EmailsQueued);
        var email = (await world.DeliverMailAsync())[0];
        Assert.Contains("Join us on 12 March.", email.Message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("relay launch", email.Message.TextBody, StringComparison.Ordinal);
    }
}
