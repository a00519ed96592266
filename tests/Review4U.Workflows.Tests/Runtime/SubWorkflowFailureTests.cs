using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>A faulted sub-workflow fails its parent's workflow step; retry, skip and cancel on either side.</summary>
public sealed class SubWorkflowFailureTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RuntimeHost.StartAsync();
        host.Load("""
            id: parent
            version: 1
            title: Parent
            inputs:
              failures: { type: int, required: true }
            steps:
              - id: renew
                type: workflow
                with: { workflow: failing-child, inputs: { failures: "{{ inputs.failures }}" } }
              - id: after
                type: recordEffect
                with: { label: after }
            """, "parent.yaml");
        host.Load("""
            id: failing-child
            version: 1
            title: Failing child
            inputs:
              failures: { type: int, required: true }
            variables:
              result: none
            steps:
              - id: work
                type: flaky
                with: { failures: "{{ inputs.failures }}", label: child-work }
                retry: { attempts: 1 }
              - id: keep
                type: setVariable
                with: { name: result, value: renewed }
            """, "failing-child.yaml");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Workflow_GetsAnIncidentNamingTheChildAndItsError_WhenTheChildFaults()
    {
        var (parent, child) = await StartAsync(failures: 1);

        var details = await host.GetAsync(parent);
        Assert.Equal(InstanceStatus.Faulted, details.Summary.Status);
        Assert.Equal(InstanceStatus.Faulted, (await host.GetAsync(child)).Summary.Status);
        var incident = Assert.Single(details.Incidents);
        Assert.Equal(("renew", "open"), (incident.StepId, incident.Status));
        Assert.Equal($"sub-workflow 'failing-child' instance {child} failed at step 'work': flaky failure of child-work", incident.Error);
        Assert.Contains(details.Journal, e => e.Kind == "incident" && e.Actor == $"workflow:{child}");
        Assert.Equal(0, await host.EffectsAsync("after"));
    }

    [Fact]
    public async Task RetryAsync_RetriesTheChildAndResumesTheParent_WhenCalledOnTheParent()
    {
        var (parent, child) = await StartAsync(failures: 1);

        Assert.Equal(1, await host.Runtime.RetryAsync(parent, "coordinator@example.org"));
        await host.RunUntilIdleAsync();

        var details = await host.GetAsync(parent);
        Assert.Equal(InstanceStatus.Completed, details.Summary.Status);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(child)).Summary.Status);
        Assert.Equal("retried", Assert.Single(details.Incidents).Status);
        Assert.Equal("retried", Assert.Single((await host.GetAsync(child)).Incidents).Status);
        Assert.Equal(1, await host.EffectsAsync("child-work"));
        Assert.Equal(1, await host.EffectsAsync("after"));
        Assert.Equal("renewed", await host.ScalarAsync<string>("SELECT output -> 'variables' ->> 'result' FROM workflow.step_executions WHERE instance_id = $1 AND step_id = 'renew'", parent));
    }

    [Fact]
    public async Task RetryAsync_PutsTheParentBackToWaitingAndResumesItNormally_WhenCalledOnTheChild()
    {
        var (parent, child) = await StartAsync(failures: 1);

        Assert.Equal(1, await host.Runtime.RetryAsync(child, "admin"));

        var waiting = await host.GetAsync(parent);
        Assert.Equal(InstanceStatus.Waiting, waiting.Summary.Status);
        Assert.Equal("retried", Assert.Single(waiting.Incidents).Status);
        Assert.Equal("renew", Assert.Single(waiting.Waits).StepId);

        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(child)).Summary.Status);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(parent)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("after"));
    }

    [Fact]
    public async Task RetryAsync_FailsTheParentAgain_WhenTheRetriedChildFaultsAgain()
    {
        var (parent, _) = await StartAsync(failures: 2);

        await host.Runtime.RetryAsync(parent, "admin");
        await host.RunUntilIdleAsync();

        var again = await host.GetAsync(parent);
        Assert.Equal(InstanceStatus.Faulted, again.Summary.Status);
        Assert.Equal(["retried", "open"], again.Incidents.OrderBy(i => i.CreatedAt).ThenBy(i => i.Status == "open").Select(i => i.Status));

        await host.Runtime.RetryAsync(parent, "admin");
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(parent)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("after"));
    }

    [Fact]
    public async Task SkipAsync_CancelsTheChildAndMovesOn_WhenCalledOnTheParent()
    {
        var (parent, child) = await StartAsync(failures: 1);

        Assert.Equal(1, await host.Runtime.SkipAsync(parent, "admin"));
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(parent)).Summary.Status);
        var cancelled = await host.GetAsync(child);
        Assert.Equal(InstanceStatus.Cancelled, cancelled.Summary.Status);
        Assert.Equal("cancelled", Assert.Single(cancelled.Incidents).Status);
        Assert.Equal(0, await host.EffectsAsync("child-work"));
        Assert.Equal(1, await host.EffectsAsync("after"));
    }

    [Fact]
    public async Task CancelAsync_CancelsTheFaultedChildAndBothIncidents_WhenCalledOnTheParent()
    {
        var (parent, child) = await StartAsync(failures: 1);

        await host.Runtime.CancelAsync(parent, "admin");
        await host.RunUntilIdleAsync();

        foreach (var id in new[] { parent, child })
        {
            var details = await host.GetAsync(id);
            Assert.Equal(InstanceStatus.Cancelled, details.Summary.Status);
            Assert.Equal("cancelled", Assert.Single(details.Incidents).Status);
        }
    }

    private async Task<(Guid Parent, Guid Child)> StartAsync(int failures)
    {
        var parent = await host.Runtime.StartAsync("parent", new Dictionary<string, object?> { ["failures"] = (long)failures }, null);
        await host.RunUntilIdleAsync();
        var child = Assert.Single(await host.Queries.ListAsync(null, 10), i => i.ParentInstanceId == parent).Id;
        return (parent, child);
    }
}
