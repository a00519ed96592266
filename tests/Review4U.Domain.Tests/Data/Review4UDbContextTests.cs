using Microsoft.EntityFrameworkCore;
using Review4U.Domain.Governance;
using Review4U.Domain.Tests.Domain;
using Review4U.TestKit.Domain;
using Review4U.TestKit.Postgres;

namespace Review4U.Domain.Tests.Data;

public sealed class Review4UDbContextTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DomainDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SaveChanges_PersistsBodyWithGovernanceAndHistory_WhenReloaded()
    {
        var body = Samples.Alliance();
        var org = Samples.Organisation("Haki Youth Trust", "KE", ["firearms", "emerging-crimes"], ("Amina Otieno", "amina@haki.example.org", Review4U.Domain.Members.Gender.Female));
        await using (var db = _database.OpenContext())
        {
            db.Organisations.Add(org);
            body.Admit(org, Samples.Founded);
            var coordinator = body.AssignRole(RoleKind.Coordinator, Samples.Holder(org), Samples.Founded);
            body.StartSecretariatTerm(Samples.Founded);
            body.RenewSecretariatTerm(Samples.Founded.AddMonths(11));
            body.AppointFocalPoint("KE", "Ministry of Interior", "John Kamau", "j.kamau@interior.example.go.ke", Samples.Founded);
            body.EndRole(coordinator.Id, Samples.Founded.AddYears(1));
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
        }

        await using var read = _database.OpenContext();
        var loaded = await read.Bodies
            .Include(b => b.Memberships).Include(b => b.Roles).Include(b => b.FocalPoints)
            .Include(b => b.SecretariatTerms).ThenInclude(t => t.Renewals)
            .SingleAsync(b => b.Code == "NACSA-KE");
        var loadedOrg = await read.Organisations.Include(o => o.Contacts).SingleAsync();
        Assert.Equal(["KE"], loaded.MemberCountries);
        Assert.Single(loaded.Memberships);
        Assert.Equal(Samples.Founded.AddYears(1), Assert.Single(loaded.Roles).EndsOn);
        var term = Assert.Single(loaded.SecretariatTerms);
        Assert.Equal(Samples.Founded.AddYears(2), term.EndsOn);
        Assert.Single(term.Renewals);
        Assert.Equal(["firearms", "emerging-crimes"], loadedOrg.ThematicAreas);
        Assert.Equal("amina@haki.example.org", Assert.Single(loadedOrg.Contacts).Email);
        Assert.NotEqual(0u, loaded.Version);
    }

    [Fact]
    public async Task SaveChanges_ThrowsConcurrencyException_WhenBodyWasChangedMeanwhile()
    {
        await using (var db = _database.OpenContext())
        {
            db.Bodies.Add(Samples.Alliance());
            await db.SaveChangesAsync();
        }

        await using var first = _database.OpenContext();
        await using var second = _database.OpenContext();
        var a = await first.Bodies.SingleAsync();
        var b = await second.Bodies.SingleAsync();
        a.CreateWorkingGroup("Firearms", Samples.Founded);
        first.Entry(a).Property("Name").CurrentValue = "Renamed A";
        await first.SaveChangesAsync();
        second.Entry(b).Property("Name").CurrentValue = "Renamed B";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
