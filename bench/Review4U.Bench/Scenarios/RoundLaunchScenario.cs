using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Npgsql;
using Review4U.Bench.Running;
using Review4U.Bench.Support;
using Review4U.Rounds.Launch;
using Review4U.Workflows.Hangfire.Hosting;

namespace Review4U.Bench.Scenarios;

/// <summary>
/// Scenario 4: a round launched for N member organisations (one contact each), timed from the launch call until the
/// engine is idle with every task, contact, magic link and invitation outbox row committed (the workflow then waits
/// in its collect step). Baseline: exactly those rows, exported after the launch, deleted, and written back by raw
/// Npgsql binary COPY in one transaction on the same database. Each run first launches a one-member round of another
/// alliance, untimed (<see cref="RoundsBenchWorld.WarmUpAsync"/>), so that neither side pays a cold start.
/// </summary>
public sealed class RoundLaunchScenario : IScenario
{
    /// <summary>Children after parents, so foreign keys hold while copying back (deleted in reverse).</summary>
    private const int NaiveSize = 1_000;
    private const int NaiveWorkers = 8;

    private bool naiveMeasured;

    private static readonly string[] Tables = ["rounds.tasks", "rounds.task_contacts", "email.magic_links", "email.outbox"];

    public string Name => "launch";

    public string FigureLabel => "round launch to committed tasks + invitations";

    public string BaselineLabel => "raw binary COPY of the same rows";

    public string Unit => "rows/s";

    public bool HigherIsBetter => true;

    public string Describe(int size, bool smoke) =>
        $"`RoundLauncher.LaunchAsync` for {size} member organisations (1 contact each, shipped cluster I questionnaire), then the engine's jobs "
        + "drained until idle: the rate counts committed tasks per second. Baseline: the rows of rounds.tasks, rounds.task_contacts, "
        + "email.magic_links and email.outbox written by the launch, re-inserted by raw binary COPY (rate in tasks per second, same count). "
        + "Extras: launch seconds; at 1k (first run only, not in a smoke run) the naive way for contrast, one Hangfire job per member inserting its task (8 workers, from first enqueue to last row). Target ≥ 0.5× raw COPY, and 10,000 contacts in < 5 s. Seeding is a per-size template, not timed; before the timed launch, each run launches a one-member round of another alliance and drains it, untimed, as a running host has served before (open pooled connections whose backends have read the tables, compiled code), the baseline's connection being open and warm too; its rows are deleted before timing.";

    public async Task<RunFigures> RunOnceAsync(int size, bool smoke, CancellationToken ct)
    {
        await using var world = await RoundsBenchWorld.CreateAsync(size, ct);
        await world.WarmUpAsync(ct);
        var launcher = world.Services.GetRequiredService<RoundLauncher>();
        var watch = Stopwatch.StartNew();
        await launcher.LaunchAsync(RoundsBenchWorld.Round(RoundsBenchWorld.BodyCode), ct);
        var launched = watch.Elapsed;
        await world.Drainer.DrainAsync();
        watch.Stop();
        if (world.Drainer.Failures.Count > 0)
        {
            throw new InvalidOperationException("launch: engine jobs failed: " + world.Drainer.Failures[0]);
        }

        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync(ct);
        var tasks = await CountAsync(connection, "rounds.tasks", ct);
        var invitations = await CountAsync(connection, "email.outbox", ct);
        if (tasks != size || invitations < size)
        {
            throw new InvalidOperationException($"launch: {tasks} tasks and {invitations} outbox rows for {size} members.");
        }

        var raw = await CopyBackAsync(connection, ct);
        var extras = new Dictionary<string, double> { ["launch s"] = watch.Elapsed.TotalSeconds, ["of which launch call s"] = launched.TotalSeconds, ["raw COPY s"] = raw.TotalSeconds };
        if (size == NaiveSize && !smoke && !naiveMeasured)
        {
            extras["naive 1 job/member tasks/s"] = tasks / (await MeasureNaiveAsync(world, connection, ct)).TotalSeconds;
            naiveMeasured = true;
        }

        return new RunFigures(tasks / watch.Elapsed.TotalSeconds, tasks / raw.TotalSeconds, extras);
    }

    /// <summary>The same task rows again, one Hangfire job per member (8 workers), from first enqueue to the last row committed.</summary>
    private static async Task<TimeSpan> MeasureNaiveAsync(RoundsBenchWorld world, NpgsqlConnection connection, CancellationToken ct)
    {
        await using (var stage = new NpgsqlCommand(
            $"CREATE TABLE {NaiveTaskJob.SourceTable} AS SELECT * FROM rounds.tasks; DELETE FROM rounds.task_contacts; DELETE FROM rounds.tasks", connection))
        {
            await stage.ExecuteNonQueryAsync(ct);
        }

        var ids = new List<Guid>();
        await using (var read = new NpgsqlCommand($"SELECT id FROM {NaiveTaskJob.SourceTable}", connection))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        var client = world.Services.GetRequiredService<IBackgroundJobClient>();
        var options = world.Services.GetRequiredService<WorkflowEngineOptions>();
        var connectionString = world.Database.ConnectionString;
        var watch = Stopwatch.StartNew();
        using (WorkflowServers.Start(world.Services.GetRequiredService<JobStorage>(), world.Services.GetRequiredService<IServiceScopeFactory>(), options, NaiveWorkers))
        {
            foreach (var id in ids)
            {
                client.Create(Job.FromExpression(() => NaiveTaskJob.RunAsync(connectionString, id), options.Queue), new EnqueuedState(options.Queue));
            }

            await Poll.UntilAsync(() => CountAsync(connection, "rounds.tasks", ct), ids.Count, TimeSpan.FromMinutes(10), "naive per-member jobs");
        }

        watch.Stop();
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> CopyBackAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var exported = new Dictionary<string, byte[]>();
        foreach (var table in Tables)
        {
            await using var buffer = new MemoryStream();
            await using (var source = await connection.BeginRawBinaryCopyAsync($"COPY {table} TO STDOUT (FORMAT BINARY)", ct))
            {
                await source.CopyToAsync(buffer, ct);
            }

            exported[table] = buffer.ToArray();
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in Tables.Reverse())
        {
            counts[table] = await CountAsync(connection, table, ct);
            await using var delete = new NpgsqlCommand($"DELETE FROM {table}", connection);
            await delete.ExecuteNonQueryAsync(ct);
        }

        var watch = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            foreach (var table in Tables)
            {
                await using var target = await connection.BeginRawBinaryCopyAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", ct);
                await target.WriteAsync(exported[table], ct);
            }

            await transaction.CommitAsync(ct);
        }

        watch.Stop();
        foreach (var table in Tables)
        {
            var copied = await CountAsync(connection, table, ct);
            if (copied != counts[table])
            {
                throw new InvalidOperationException($"launch baseline: {table} has {copied} rows after COPY, expected {counts[table]}.");
            }
        }

        return watch.Elapsed;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
