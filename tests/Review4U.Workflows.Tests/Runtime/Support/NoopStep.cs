using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>Does nothing: measures the engine's own cost per step.</summary>
[StepType("noop", Description = "Test step: does nothing.")]
public sealed class NoopStep : IStep
{
    public ValueTask<StepResult> ExecuteAsync(StepContext context, CancellationToken ct) => ValueTask.FromResult<StepResult>(StepResult.Completed());
}
