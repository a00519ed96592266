using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Runtime;

/// <summary>
/// A step type that can also run many executions in one call, e.g. one COPY for the outbox rows of a whole fan-out
/// batch. The runtime calls it for the branches of a batch standing on the same step, inside one savepoint. Return one
/// result per context, in order. If the call throws or any result is not <see cref="StepCompleted"/>, the runtime rolls
/// the whole call back and runs each execution alone through <see cref="IStep.ExecuteAsync"/>, so failures stay per item.
/// </summary>
public interface IBatchStep : IStep
{
    ValueTask<IReadOnlyList<StepResult>> ExecuteBatchAsync(IReadOnlyList<StepContext> contexts, CancellationToken ct);
}
