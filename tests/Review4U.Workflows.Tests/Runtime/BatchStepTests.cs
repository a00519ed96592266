using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Step types with a batch form run a whole fan-out batch in one call; a failing batch falls back to one by one.</summary>
public sealed class BatchStepTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RuntimeHost.StartAsync();
        host.Load("""
            id: bulk
            version: 1
            title: Bulk
            inputs:
              members: { type: list, required: true }
            steps:
              - id: everyone
                type: forEach
                with: { items: "inputs.members", as: member }
                do:
                  - id: invite
                    type: bulkEffect
                    with: { label: "{{ member }}" }
                    retry: { attempts: 1, backoff: PT1M }
            """);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ForEach_CallsBatchFormOncePerBatch_WhenStepSupportsIt()
    {
        var members = Enumerable.Range(1, 120).Select(i => (object?)$"m{i}").ToList();

        var id = await host.Runtime.StartAsync("bulk", new Dictionary<string, object?> { ["members"] = members }, null);
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(120, await host.EffectsAsync());
        Assert.Equal(0, await host.DuplicatedEffectsAsync());
        Assert.Equal(3, host.Services.GetRequiredService<AttemptCounter>().Get("bulk-calls")); // 120 branches in batches of 50
    }

    [Fact]
    public async Task ForEach_FallsBackToOneByOneAndIsolatesTheFailure_WhenBatchFails()
    {
        var members = new List<object?> { "a", "bad", "c" };

        var id = await host.Runtime.StartAsync("bulk", new Dictionary<string, object?> { ["members"] = members }, null);
        await host.RunUntilIdleAsync();

        var instance = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Faulted, instance.Summary.Status);
        Assert.Equal("everyone[1]", Assert.Single(instance.Incidents).Scope);
        Assert.Equal(1, await host.EffectsAsync("a"));
        Assert.Equal(1, await host.EffectsAsync("c"));
        Assert.Equal(0, await host.EffectsAsync("bad"));
    }
}
