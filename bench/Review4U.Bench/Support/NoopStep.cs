using Review4U.Workflows.Steps;

namespace Review4U.Bench.Support;

/// <summary>Does nothing, so a run measures the engine's own cost per step.</summary>
[StepType("noop", Description = "Benchmark step: does nothing.")]
public sealed class NoopStep : IStep
{
    public ValueTask<StepResult> ExecuteAsync(StepContext context, CancellationToken ct) => ValueTask.FromResult<StepResult>(StepResult.Completed());
}
