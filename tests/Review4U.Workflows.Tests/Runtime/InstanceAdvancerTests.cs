using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>One advance job runs a branch's immediate steps in a row, within its step budget.</summary>
public sealed class InstanceAdvancerTests : IAsyncLifetime
{
    private const string FiveSteps = """
        id: five
        version: 1
        title: Five immediate steps
        steps:
          - id: s1
            type: noop
          - id: s2
            type: recordEffect
            with: { label: "two" }
          - id: s3
            type: noop
          - id: s4
            type: recordEffect
            with: { label: "four" }
          - id: s5
            type: noop
        """;

    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() => host = await RuntimeHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AdvanceAsync_RunsEveryImmediateStepInOneJob_WhenSequenceNeverWaits()
    {
        host.Load(FiveSteps);

        var id = await host.Runtime.StartAsync("five", new Dictionary<string, object?>(), null);
        var jobs = await host.RunUntilIdleAsync();

        Assert.Equal(1, jobs);
        var instance = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Summary.Status);
        Assert.Equal(["start", "step", "step", "step", "step", "step", "complete"], instance.Journal.Select(e => e.Kind));
        Assert.Equal(5, await host.ScalarAsync<long>(
            "SELECT count(DISTINCT (scope, step_id, iteration)) FROM workflow.step_executions WHERE instance_id = $1 AND status = 'completed'", id));
        Assert.Equal(2, await host.EffectsAsync());
        Assert.Equal(0, await host.DuplicatedEffectsAsync());
    }

    [Fact]
    public async Task AdvanceAsync_StopsAtStepBudgetAndLeavesRestToNextJob_WhenSequenceIsLongerThanBudget()
    {
        await using var budgeted = await RuntimeHost.StartAsync(o => o.MaxStepsPerBranch = 2);
        budgeted.Load(FiveSteps);

        var id = await budgeted.Runtime.StartAsync("five", new Dictionary<string, object?>(), null);
        var jobs = await budgeted.RunUntilIdleAsync();

        Assert.Equal(3, jobs); // 2 + 2 + 1 steps
        var instance = await budgeted.GetAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Summary.Status);
        Assert.Equal(["start", "step", "step", "step", "step", "step", "complete"], instance.Journal.Select(e => e.Kind));
        Assert.Equal(5, await budgeted.ScalarAsync<long>(
            "SELECT count(*) FROM workflow.step_executions WHERE instance_id = $1 AND status = 'completed'", id));
        Assert.Equal(0, await budgeted.DuplicatedEffectsAsync());
    }

    [Fact]
    public async Task AdvanceAsync_LeavesFollowOnStepsToAnotherJob_WhenJobStepBudgetIsSpent()
    {
        const string fan = """
            id: fan
            version: 1
            title: Fan-out of two-step branches
            inputs:
              members: { type: list, required: true }
            steps:
              - id: each
                type: forEach
                with: { items: "inputs.members", as: member }
                do:
                  - id: a
                    type: recordEffect
                    with: { label: "a {{ member }}" }
                  - id: b
                    type: recordEffect
                    with: { label: "b {{ member }}" }
            """;
        var members = new Dictionary<string, object?> { ["members"] = new List<object?> { "m1", "m2", "m3", "m4" } };
        await using var budgeted = await RuntimeHost.StartAsync(o => o.MaxStepsPerJob = 4);
        host.Load(fan);
        budgeted.Load(fan);

        var unbounded = await host.Runtime.StartAsync("fan", members, null);
        var unboundedJobs = await host.RunUntilIdleAsync();
        var bounded = await budgeted.Runtime.StartAsync("fan", members, null);
        var boundedJobs = await budgeted.RunUntilIdleAsync();

        // Unbounded: fork, all four branches to the end, the join's continuation. Bounded: the four first steps spend
        // the budget, so the second steps need one more job.
        Assert.Equal(unboundedJobs + 1, boundedJobs);
        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(unbounded)).Summary.Status);
        Assert.Equal(InstanceStatus.Completed, (await budgeted.GetAsync(bounded)).Summary.Status);
        Assert.Equal(8, await budgeted.EffectsAsync());
        Assert.Equal(0, await budgeted.DuplicatedEffectsAsync());
    }
}
