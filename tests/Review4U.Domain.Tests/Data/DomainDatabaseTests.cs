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
}
