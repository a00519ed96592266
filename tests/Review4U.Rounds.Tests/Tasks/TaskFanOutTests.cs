using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Review4U.Data;
using Review4U.Data.Modules;
using Review4U.Domain.Members;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Recipients;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;
using Xunit.Abstractions;

namespace Review4U.Rounds.Tests.Tasks;

/// <summary>The set-based fan-out: all tasks, contacts, links and invitations in one transaction, once.</summary>
public sealed class TaskFanOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;

    public async Task InitializeAsync() => world = await RoundsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task FanOutAsync_CreatesEveryTaskLinkAndInvitationOnce_WhenTheBodyHasAThousandMembers()
    {
        await AddMembersAsync(970);
        var roundId = (await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(10), StartWorkflow = false }, None)).RoundId;

        var clock = Stopwatch.StartNew();
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            Assert.Equal(1000, await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, null, world.Clock.GetUtcNow(), None));
            await tx.CommitAsync(None);
        }

        output.WriteLine($"fan-out of 1,000 organisations (tasks, contacts, links, invitations): {clock.ElapsedMilliseconds} ms");
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            Assert.Equal(0, await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, RecipientRule.Everyone, world.Clock.GetUtcNow(), None));
            await tx.CommitAsync(None);
        }

        Assert.Equal(1000, await CountAsync("SELECT count(*) FROM rounds.tasks WHERE round_id = $1", roundId));
        Assert.Equal(1000, await CountAsync("SELECT count(*) FROM rounds.task_contacts c JOIN rounds.tasks t ON t.id = c.task_id WHERE t.round_id = $1", roundId));
        Assert.Equal(1000, await CountAsync("SELECT count(*) FROM email.magic_links l JOIN rounds.tasks t ON t.id = l.task_id WHERE t.round_id = $1", roundId));
        Assert.Equal(1000, await CountAsync("SELECT count(*) FROM email.outbox WHERE scope_id = $1", roundId));
    }

    private async Task AddMembersAsync(int count)
    {
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(world.Database.ConnectionString));
        var body = await db.Bodies.Include(b => b.Memberships).SingleAsync(b => b.Id == world.BodyId);
        for (var i = 0; i < count; i++)
        {
            var organisation = MemberOrganisation.Create($"bulk-{i:0000}", new OrganisationProfile($"Bulk organisation {i:0000}", OrganisationType.Ngo, "KE", ["firearms"], ["advocacy"]));
            organisation.UpsertContact(new ContactDetails($"Bulk contact {i:0000}", $"contact{i:0000}@bulk.example", "en", null), 1);
            db.Organisations.Add(organisation);
            body.Admit(organisation, new DateOnly(2025, 6, 1));
        }

        await db.SaveChangesAsync();
    }

    private async Task<long> CountAsync(string sql, Guid roundId)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(roundId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
