using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Domain.Governance;
using Review4U.Domain.Views;
using Review4U.TestKit.Domain;

namespace Review4U.Domain.Tests.Data;

public sealed class DomainDatabaseTests
{
    [Fact]
    public async Task CreateWithDemoAsync_GivesTheSeededDemoBodies()
    {
        await using var database = await DomainDatabase.CreateWithDemoAsync();
        await using var db = database.OpenContext();
        var store = new BodyStore(db);

        var network = await store.GetAsync("NET4U-AF", CancellationToken.None);
        var alliance = await store.GetAsync("NACSA-KE", CancellationToken.None);
        var members = await store.MembersAsync(network.Id, CancellationToken.None);
        var today = DateOnly.FromDateTime(DomainDatabase.DemoSeededAt.UtcDateTime);

        Assert.Equal(26, members.Count);
        Assert.Equal(6, await db.Memberships.CountAsync(m => m.BodyId == alliance.Id));
        Assert.NotNull(network.HolderOn(RoleKind.Coordinator, today));
        Assert.Equal(new DateOnly(2026, 6, 20), network.SecretariatOn(today)!.EndsOn);
        Assert.True(SteeringCommitteeView.Build(network, members, today).GenderBalance.IsBalanced);
    }

    [Fact]
    public async Task ContactsAsync_ListsEveryContactOfTheCurrentMembers_WithTheMainContactMarked()
    {
        await using var database = await DomainDatabase.CreateWithDemoAsync();
        await using var db = database.OpenContext();
        var store = new BodyStore(db);
        var network = await store.GetAsync("NET4U-AF", CancellationToken.None);

        var contacts = await store.ContactsAsync(network.Id, CancellationToken.None);

        Assert.Equal(43, contacts.Count);
        Assert.Equal(26, contacts.Count(c => c.IsMainContact));
        Assert.All(contacts, c => Assert.Equal(network.Id, c.BodyId));
        var lagos = contacts.Where(c => c.OrganisationKey == "ng-lagos-anti-trafficking-coalition").ToList();
        Assert.Equal(["c.eze@latc.example.org", "t.bakare@latc.example.org", "i.okafor@latc.example.org"], lagos.Select(c => c.Email));
        Assert.Equal([true, false, false], lagos.Select(c => c.IsMainContact));
        Assert.Equal("ar", contacts.Single(c => c.Email == "omar.hassan@cfrl.example.org").PreferredLanguage);
    }
}
