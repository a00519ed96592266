using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Sub-workflows, cascading cancel, trigger occurrences and definition versions.</summary>
public sealed class SubWorkflowTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RuntimeHost.StartAsync();
        host.Load("""
            id: child
            version: 1
            title: Child
            inputs:
              code: { type: string, required: true }
            variables:
              result: ""
            steps:
              - id: approval
                type: waitEvent
                with: { event: renewal.approved, key: "{{ inputs.code }}" }
              - id: keep
                type: setVariable
                with: { name: result, value: "renewed {{ inputs.code }}" }
            """, "child.yaml");
        host.Load("""
            id: parent
            version: 1
            title: Parent
            inputs:
              code: { type: string, required: true }
            steps:
              - id: renew
                type: workflow
                with: { workflow: child, inputs: { code: "{{ inputs.code }}" } }
              - id: after
                type: recordEffect
                with: { label: "{{ steps.renew.variables.result }}" }
            """, "parent.yaml");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Workflow_WaitsForChildAndReadsItsVariables_WhenChildCompletes()
    {
        var parent = await host.Runtime.StartAsync("parent", new Dictionary<string, object?> { ["code"] = "NACSA-KE" }, null);
        await host.RunUntilIdleAsync();
        var children = await host.Queries.ListAsync(null, 10);
        var child = Assert.Single(children, c => c.ParentInstanceId == parent);
        Assert.Equal(InstanceStatus.Waiting, child.Status);

        await host.Runtime.PublishEventAsync("renewal.approved", "NACSA-KE", null);
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(child.Id)).Summary.Status);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(parent)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("renewed NACSA-KE"));
    }

    [Fact]
    public async Task CancelAsync_CancelsTheChildToo_WhenParentWaitsOnIt()
    {
        var parent = await host.Runtime.StartAsync("parent", new Dictionary<string, object?> { ["code"] = "NET4U-AF" }, null);
        await host.RunUntilIdleAsync();

        await host.Runtime.CancelAsync(parent, "admin");
        await host.Runtime.PublishEventAsync("renewal.approved", "NET4U-AF", null);
        await host.RunUntilIdleAsync();

        Assert.All(await host.Queries.ListAsync(null, 10), i => Assert.Equal(InstanceStatus.Cancelled, i.Status));
        Assert.Equal(0, await host.EffectsAsync());
    }

    [Fact]
    public async Task StartOccurrenceAsync_StartsExactlyOneInstance_WhenManyCallersSeeTheSameOccurrence()
    {
        var starter = (IWorkflowTriggerStarter)host.Runtime;
        var request = new WorkflowStartRequest("child") { Inputs = new Dictionary<string, object?> { ["code"] = "Q1" } };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => starter.StartOccurrenceAsync(request, "child/trigger-1", "2030-01-07T09:00:00Z"))));

        Assert.Single(results, r => r is not null);
        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances"));
        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.trigger_occurrences"));
    }

    [Fact]
    public async Task StartAsync_Refuses_WhenFileChangedWithoutRaisingVersion()
    {
        await host.Runtime.StartAsync("child", new Dictionary<string, object?> { ["code"] = "A" }, null);
        host.Load("""
            id: child
            version: 1
            title: Child changed
            inputs:
              code: { type: string, required: true }
            steps:
              - id: only
                type: log
                with: { message: changed }
            """, "child.yaml");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.Runtime.StartAsync("child", new Dictionary<string, object?> { ["code"] = "B" }, null));

        Assert.Contains("workflow 'child' changed without raising its version 1 (hint: set 'version: 2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advance_FinishesOnTheStoredVersion_WhenProcessRestartsWithOnlyANewerVersionLoaded()
    {
        var old = await host.Runtime.StartAsync("child", new Dictionary<string, object?> { ["code"] = "R1" }, null);
        await host.RunUntilIdleAsync();

        await host.RestartAsync();
        host.Load("""
            id: child
            version: 2
            title: Child v2
            inputs:
              code: { type: string, required: true }
            steps:
              - id: only
                type: log
                with: { message: v2 }
            """, "child.yaml");
        await host.Runtime.PublishEventAsync("renewal.approved", "R1", null);
        await host.RunUntilIdleAsync();

        var instance = await host.GetAsync(old);
        Assert.Equal((1, InstanceStatus.Completed), (instance.Summary.DefinitionVersion, instance.Summary.Status));
        Assert.Contains("renewed R1", instance.VariablesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_FinishOnTheirVersion_WhenANewerVersionIsLoaded()
    {
        var old = await host.Runtime.StartAsync("child", new Dictionary<string, object?> { ["code"] = "V1" }, null);
        await host.RunUntilIdleAsync();
        host.Load("""
            id: child
            version: 2
            title: Child v2
            inputs:
              code: { type: string, required: true }
            steps:
              - id: only
                type: recordEffect
                with: { label: "v2 {{ inputs.code }}" }
            """, "child.yaml");
        var fresh = await host.Runtime.StartAsync("child", new Dictionary<string, object?> { ["code"] = "V2" }, null);

        await host.Runtime.PublishEventAsync("renewal.approved", "V1", null);
        await host.RunUntilIdleAsync();

        Assert.Equal(1, (await host.GetAsync(old)).Summary.DefinitionVersion);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(old)).Summary.Status);
        Assert.Equal(2, (await host.GetAsync(fresh)).Summary.DefinitionVersion);
        Assert.Equal(1, await host.EffectsAsync("v2 V2"));
    }
}
