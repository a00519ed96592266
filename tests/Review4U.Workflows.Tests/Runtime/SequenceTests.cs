using Review4U.TestKit.Workflows;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>Sequence, next jumps, setVariable, log, if and switch on the real engine.</summary>
public sealed class SequenceTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;

    public async Task InitializeAsync() => host = await RuntimeHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task StartAsync_RunsStepsInOrderAndCompletes_WhenSequenceHasNoWaits()
    {
        host.Load("""
            id: seq
            version: 1
            title: Sequence
            inputs:
              name: { type: string, required: true }
            variables:
              greeting: ""
            steps:
              - id: first
                type: recordEffect
                with: { label: "one {{ inputs.name }}" }
              - id: remember
                type: setVariable
                with: { name: greeting, value: "hello {{ inputs.name }}" }
              - id: say
                type: log
                with: { message: "{{ vars.greeting }} after {{ steps.first.label }}" }
            """);

        var id = await host.Runtime.StartAsync("seq", new Dictionary<string, object?> { ["name"] = "Amina" }, null);
        await host.RunUntilIdleAsync();

        var instance = await host.GetAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance.Summary.Status);
        Assert.Contains("hello Amina", instance.VariablesJson, StringComparison.Ordinal);
        Assert.Equal(1, await host.EffectsAsync("one Amina"));
        Assert.Contains(instance.Journal, e => e.Kind == "log" && e.Detail == "info: hello Amina after one Amina");
        Assert.Equal(["start", "step", "step", "log", "step", "complete"], instance.Journal.Select(e => e.Kind));
    }

    [Fact]
    public async Task StartAsync_LoopsWithNextUntilConditionFails_WhenStepJumpsBack()
    {
        host.Load("""
            id: loop
            version: 1
            title: Loop
            variables:
              n: 0
            steps:
              - id: work
                type: recordEffect
                with: { label: "round {{ vars.n }}" }
              - id: count
                type: setVariable
                with: { name: n, value: "{{ vars.n | plus: 1 }}" }
              - id: again
                type: if
                with: { condition: "vars.n < 3" }
                then:
                  - id: jump
                    type: log
                    with: { message: "again" }
                    next: end
                else:
                  - id: done
                    type: log
                    with: { message: "done" }
              - id: back
                type: if
                with: { condition: "vars.n < 3" }
                then:
                  - id: toWork
                    type: log
                    with: { message: "back" }
            """);

        var id = await host.Runtime.StartAsync("loop", null, null);
        await host.RunUntilIdleAsync();

        Assert.Equal(InstanceStatus.Completed, (await host.GetAsync(id)).Summary.Status);
        Assert.Equal(1, await host.EffectsAsync("round 0"));
    }

    [Fact]
    public async Task StartAsync_TakesMatchingCaseOrDefault_WhenSwitchRuns()
    {
        host.Load("""
            id: route
            version: 1
            title: Route
            inputs:
              mode: { type: string, required: true }
            steps:
              - id: pick
                type: switch
                with: { value: "{{ inputs.mode }}" }
                cases:
                  all:
                    - id: everyone
                      type: recordEffect
                      with: { label: all }
                  some:
                    - id: few
                      type: recordEffect
                      with: { label: some }
                default:
                  - id: nobody
                    type: recordEffect
                    with: { label: default }
              - id: after
                type: recordEffect
                with: { label: "after {{ inputs.mode }}" }
            """);

        await host.Runtime.StartAsync("route", new Dictionary<string, object?> { ["mode"] = "some" }, null);
        await host.Runtime.StartAsync("route", new Dictionary<string, object?> { ["mode"] = "other" }, null);
        await host.RunUntilIdleAsync();

        Assert.Equal(1, await host.EffectsAsync("some"));
        Assert.Equal(1, await host.EffectsAsync("default"));
        Assert.Equal(0, await host.EffectsAsync("all"));
        Assert.Equal(1, await host.EffectsAsync("after some"));
        Assert.Equal(1, await host.EffectsAsync("after other"));
    }

    [Fact]
    public async Task StartAsync_ReturnsSameInstance_WhenIdempotencyKeyRepeats()
    {
        host.Load("""
            id: once
            version: 1
            title: Once
            steps:
              - id: work
                type: recordEffect
                with: { label: once }
            """);

        var first = await host.Runtime.StartAsync("once", null, "round-2030-q1");
        var second = await host.Runtime.StartAsync("once", null, "round-2030-q1");
        await host.RunUntilIdleAsync();

        Assert.Equal(first, second);
        Assert.Equal(1, await host.EffectsAsync("once"));
    }
}
