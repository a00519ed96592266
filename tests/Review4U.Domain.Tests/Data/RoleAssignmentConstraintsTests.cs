using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Domain.Governance;
using Review4U.Domain.Tests.Domain;
using Review4U.TestKit.Domain;
using Review4U.TestKit.Postgres;

namespace Review4U.Domain.Tests.Data;

/// <summary>The database guards the one-coordinator rule too, for two writers that each passed the domain check.</summary>
public sealed class RoleAssignmentConstraintsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await DomainDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SaveChanges_RejectsASecondOpenCoordinator_WhenTwoWritersRace()
    {
        var a = Samples.Organisation("Haki Youth Trust", "KE", null, ("Amina Otieno", "amina@haki.example.org", null));
        var b = Samples.Organisation("Pwani Legal Aid", "KE", null, ("Brian Mwangi", "brian@pwani.example.org", null));
        await using (var setup = _database.OpenContext())
        {
            var body = Samples.Alliance();
            setup.Organisations.AddRange(a, b);
            body.Admit(a, Samples.Founded);
            body.Admit(b, Samples.Founded);
            setup.Bodies.Add(body);
            await setup.SaveChangesAsync();
        }

        await using var first = _database.OpenContext();
        await using var second = _database.OpenContext();
        var one = await first.Bodies.Include(x => x.Memberships).Include(x => x.Roles).SingleAsync();
        var two = await second.Bodies.Include(x => x.Memberships).Include(x => x.Roles).SingleAsync();
        one.AssignRole(RoleKind.Coordinator, RoleHolder.Member(a.Id, a.Contacts[0].Id), Samples.Founded);
        two.AssignRole(RoleKind.Coordinator, RoleHolder.Member(b.Id, b.Contacts[0].Id), Samples.Founded);
        await first.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var db = _database.OpenContext();

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --project src/Review4U.Data --startup-project src/Review4U.Data --output-dir Migrations");
    }
}
