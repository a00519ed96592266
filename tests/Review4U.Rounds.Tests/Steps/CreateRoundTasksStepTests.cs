using Hangfire;
using Npgsql;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Steps;

/// <summary>
/// The fan-out step writes its invitations straight into the outbox (no ON CONFLICT to fall back on): these run it through
/// the engine and Hangfire as deployed and check that neither a crash mid-step nor a job run again doubles or loses a row.
/// </summary>
public sealed class CreateRoundTasksStepTests : IAsyncLifetime
{
    private const int Organisations = 30;
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;

    public async Task InitializeAsync() => world = await RoundsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_WritesEveryRowOnce_WhenTheConnectionDiesAfterTheInvitationsWereCopied()
    {
        // The first statement that queues mail ends its own backend, as a crash would, after all of the step's rows
        // (tasks, contacts, links, invitations) were written and before the commit. A sequence is not transactional,
        // so only the first attempt dies.
        await ExecuteAsync(
            """
            CREATE SEQUENCE public.crash_once;
            CREATE FUNCTION public.crash_once() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF nextval('public.crash_once') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
              RETURN NULL;
            END $$;
            CREATE TRIGGER crash_once AFTER INSERT ON email.outbox FOR EACH STATEMENT EXECUTE FUNCTION public.crash_once();
            """);
        var roundId = await LaunchAsync();

        await world.Drainer.DrainAsync();

        Assert.Single(world.Drainer.Failures);
        Assert.Equal(2L, await ScalarAsync("SELECT last_value FROM public.crash_once"));
        await AssertOneOfEachAsync(roundId);
    }

    [Fact]
    public async Task ExecuteAsync_QueuesNoSecondInvitation_WhenItsJobsRunAgainAfterTheCommit()
    {
        var roundId = await LaunchAsync();
        await world.RunEngineAsync();
        await AssertOneOfEachAsync(roundId);

        // Hangfire runs a job at least once: every job that already succeeded runs again.
        var succeeded = world.Get<JobStorage>().GetMonitoringApi().SucceededJobs(0, 100);
        Assert.NotEmpty(succeeded);
        foreach (var job in succeeded)
        {
            Assert.True(world.Get<IBackgroundJobClient>().Requeue(job.Key));
        }

        await world.RunEngineAsync();

        await AssertOneOfEachAsync(roundId);
    }

    private async Task<Guid> LaunchAsync() =>
        (await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(14) }, None)).RoundId;

    private async Task AssertOneOfEachAsync(Guid roundId)
    {
        Assert.Equal(Organisations, await ScalarAsync("SELECT count(*) FROM rounds.tasks WHERE round_id = $1", roundId));
        Assert.Equal(Organisations, await ScalarAsync("SELECT count(DISTINCT organisation_id) FROM rounds.tasks WHERE round_id = $1", roundId));
        Assert.Equal(Organisations, await ScalarAsync("SELECT count(*) FROM rounds.task_contacts c JOIN rounds.tasks t ON t.id = c.task_id WHERE t.round_id = $1", roundId));
        Assert.Equal(Organisations, await ScalarAsync("SELECT count(*) FROM email.magic_links l JOIN rounds.tasks t ON t.id = l.task_id WHERE t.round_id = $1", roundId));
        // One invitation per task, each naming a task that exists (none left over from the attempt that died).
        Assert.Equal(Organisations, await ScalarAsync("SELECT count(*) FROM email.outbox WHERE scope_id = $1", roundId));
        Assert.Equal(Organisations, await ScalarAsync(
            "SELECT count(DISTINCT o.task_id) FROM email.outbox o JOIN rounds.tasks t ON t.id = o.task_id WHERE o.scope_id = $1 AND o.category = 'task-invitation'", roundId));
        Assert.Equal(1L, await ScalarAsync(
            "SELECT count(*) FROM workflow.step_executions e JOIN rounds.rounds r ON r.workflow_instance_id = e.instance_id WHERE r.id = $1 AND e.step_id = 'createTasks' AND e.status = 'completed'", roundId));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql, Guid? parameter = null)
    {
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is { } value)
        {
            command.Parameters.AddWithValue(value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
