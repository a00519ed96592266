namespace Review4U.Workflows.Steps;

/// <summary>
/// A step with a parameters record. The record's properties (with <see cref="StepParameterAttribute"/>) are the step's
/// parameters: they are validated when the definition loads and bound (templates rendered, values converted) per execution.
/// </summary>
/// <typeparam name="TParameters">A class with a parameterless constructor and settable or init properties.</typeparam>
public interface IStep<TParameters> : IStep
    where TParameters : class
{
    ValueTask<StepResult> ExecuteAsync(TParameters parameters, StepContext context, CancellationToken ct);

    ValueTask<StepResult> IStep.ExecuteAsync(StepContext context, CancellationToken ct) =>
        ExecuteAsync(context.GetParameters<TParameters>(), context, ct);
}
