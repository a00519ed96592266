using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Review4U.TestKit.Workflows;
using Review4U.Workflows;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Hosting;
using Review4U.Workflows.Loading;

namespace Review4U.Bench.Support.Workers;

/// <summary>
/// The bench started again as a worker process (<c>--worker CONNECTION WORKERS</c>, scale-out scenario): composes the
/// engine as the test host does (no-op step and definition, queue poll 200 ms), says "ready", starts one Hangfire server
/// on "go", and stops it when its standard input ends.
/// </summary>
public static class WorkerMode
{
    public const string Flag = "--worker";
    public const string Ready = "ready";
    public const string GoCommand = "go";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count != 3 || !int.TryParse(args[2], out var workers) || workers < 1)
        {
            await Console.Error.WriteLineAsync($"usage: Review4U.Bench {Flag} CONNECTION-STRING WORKERS");
            return 2;
        }

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(WorkflowTestHost.Start)); // the parent's host clock: instances and steps agree on time
        services.AddReview4UWorkflowEngine(o =>
        {
            o.ConnectionString = args[1];
            o.QueuePollInterval = TimeSpan.FromMilliseconds(200);
            o.BatchSize = 50;
        });
        services.AddReview4UWorkflowStep<NoopStep>();
        await using var provider = services.BuildServiceProvider();
        var loaded = provider.GetRequiredService<WorkflowDefinitionLoader>().Load("noops.yaml", System.Text.Encoding.UTF8.GetBytes(NoopDefinition.Yaml));
        provider.GetRequiredService<LoadedDefinitions>().Add(loaded.Definition ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics)), NoopDefinition.Yaml);

        Console.WriteLine(Ready);
        string? line;
        while ((line = await Console.In.ReadLineAsync()) is not null && line != GoCommand)
        {
        }

        if (line is null)
        {
            return 0;
        }

        using (WorkflowServers.Start(provider.GetRequiredService<JobStorage>(), provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<WorkflowEngineOptions>(), workers))
        {
            while (await Console.In.ReadLineAsync() is not null)
            {
            }
        }

        return 0;
    }
}
