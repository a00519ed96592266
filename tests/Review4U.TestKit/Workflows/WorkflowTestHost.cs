using System.Reflection;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Review4U.Data;
using Review4U.TestKit.Postgres;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Loading;
using Review4U.Workflows.Runtime;

namespace Review4U.TestKit.Workflows;

/// <summary>
/// The real engine on a database of its own (schemas <c>workflow</c> and <c>hangfire</c>) with a fake clock:
/// load definitions, start instances, then advance the clock and run every due Hangfire job until idle.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    /// <summary>A Monday far enough ahead that no real Hangfire scheduler considers our timers due.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 7, 8, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase database;
    private readonly Action<IServiceCollection> compose;
    private ServiceProvider provider;

    private WorkflowTestHost(TestDatabase database, Action<IServiceCollection> compose, FakeTimeProvider clock)
    {
        this.database = database;
        this.compose = compose;
        Clock = clock;
        provider = Build();
        Jobs = CreateDrainer();
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => provider;

    public HangfireJobDrainer Jobs { get; private set; }

    public JobStorage Storage => provider.GetRequiredService<JobStorage>();

    public IWorkflowRuntime Runtime => provider.GetRequiredService<IWorkflowRuntime>();

    public IWorkflowInstanceQueries Queries => provider.GetRequiredService<IWorkflowInstanceQueries>();

    public WorkflowEngineOptions Options => provider.GetRequiredService<WorkflowEngineOptions>();

    public string ConnectionString => database.ConnectionString;

    /// <summary>Starts a host; <paramref name="configure"/> registers test steps and services.</summary>
    public static async Task<WorkflowTestHost> StartAsync(Action<IServiceCollection>? configure = null, Action<WorkflowEngineOptions>? options = null)
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey(), cs => WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None));
        return Create(database, configure, options);
    }

    /// <summary>
    /// Starts a host whose database also holds the domain schema (<c>review4u</c>), with <c>AddReview4UData</c>
    /// registered: the bodies saved there are the ones per-body cron triggers fire for.
    /// </summary>
    public static async Task<WorkflowTestHost> StartWithDomainAsync(Action<IServiceCollection>? configure = null, Action<WorkflowEngineOptions>? options = null)
    {
        var database = await TestDatabase.CreateFromTemplateAsync(MigrationIds(typeof(Review4UDbContext)) + "+" + TemplateKey(), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None);
        });
        return Create(database, services =>
        {
            services.AddReview4UData(database.ConnectionString);
            configure?.Invoke(services);
        }, options);
    }

    private static WorkflowTestHost Create(TestDatabase database, Action<IServiceCollection>? configure, Action<WorkflowEngineOptions>? options)
    {
        var clock = new FakeTimeProvider(Start);
        return new WorkflowTestHost(database, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddReview4UWorkflowEngine(o =>
            {
                o.ConnectionString = database.ConnectionString;
                o.QueuePollInterval = TimeSpan.FromMilliseconds(100);
                o.BatchSize = 50;
                options?.Invoke(o);
            });
            configure?.Invoke(services);
        }, clock);
    }

    /// <summary>
    /// A process restart: a fresh service provider (nothing loaded, empty caches) on the same database and clock;
    /// what was committed survives, what was only in memory is gone.
    /// </summary>
    public async Task RestartAsync()
    {
        await provider.DisposeAsync();
        provider = Build();
        Jobs = CreateDrainer();
    }

    /// <summary>
    /// A second server on the same database and clock: its own service provider (own loaded definitions, caches and
    /// Hangfire client), composed like this one. The caller disposes it.
    /// </summary>
    public ServiceProvider CreatePeer() => Build();

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        compose(services);
        return services.BuildServiceProvider();
    }

    private HangfireJobDrainer CreateDrainer() =>
        new(Storage, provider.GetRequiredService<IBackgroundJobClient>(), provider.GetRequiredService<IServiceScopeFactory>(), Clock,
            provider.GetRequiredService<WorkflowEngineOptions>().Queue);

    /// <summary>Loads and registers a definition written inline; fails with the validator's messages when invalid.</summary>
    public WorkflowDefinition Load(string yaml, string fileName = "test.yaml") => LoadInto(provider, yaml, fileName);

    /// <summary>Loads and registers a definition in another provider (e.g. a <see cref="CreatePeer"/> server).</summary>
    public static WorkflowDefinition LoadInto(IServiceProvider services, string yaml, string fileName = "test.yaml")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(yaml);
        var bytes = Encoding.UTF8.GetBytes(yaml);
        var result = services.GetRequiredService<WorkflowDefinitionLoader>().Load(fileName, bytes);
        if (result.Definition is null)
        {
            throw new InvalidOperationException("Invalid test definition:\n" + string.Join("\n", result.Diagnostics));
        }

        services.GetRequiredService<LoadedDefinitions>().Add(result.Definition, yaml);
        return result.Definition;
    }

    /// <summary>Runs the cron-trigger job (<c>workflow-cron-triggers</c>) once, on <paramref name="services"/> (this host's when null).</summary>
    public async Task StartDueTriggersAsync(IServiceProvider? services = null)
    {
        await using var scope = (services ?? provider).GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowJobs>().StartDueTriggersAsync();
    }

    /// <summary>Runs every enqueued (and due scheduled) job until none is left; returns how many ran.</summary>
    public Task<int> RunUntilIdleAsync() => Jobs.DrainAsync();

    /// <summary>Moves the clock forward, then runs what became due.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return await RunUntilIdleAsync();
    }

    /// <summary>Runs until idle, jumping the clock from one scheduled job to the next, up to <paramref name="horizon"/>.</summary>
    public async Task<int> RunUntilAsync(DateTimeOffset horizon)
    {
        var ran = await RunUntilIdleAsync();
        while (Jobs.NextScheduledAt() is { } next && next <= horizon)
        {
            if (next > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(next);
            }

            ran += await RunUntilIdleAsync();
        }

        return ran;
    }

    public async Task<InstanceDetails> GetAsync(Guid instanceId) =>
        await Queries.GetAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}.");

    /// <summary>One value from the test database, for assertions on rows.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var arg in args)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>Changes whenever a migration is added, so the template is rebuilt.</summary>
    private static string TemplateKey() => "workflow+hangfire:" + MigrationIds(typeof(WorkflowDbContext));

    private static string MigrationIds(Type context) =>
        context.Name + ":" + string.Join(",", context.Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).Where(id => id is not null).Order(StringComparer.Ordinal));
}
