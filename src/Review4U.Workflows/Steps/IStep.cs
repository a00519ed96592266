namespace Review4U.Workflows.Steps;

/// <summary>
/// The step extension point. Implementations get their dependencies by constructor injection and write their
/// side effects through <see cref="StepContext.Connection"/> / <see cref="StepContext.Transaction"/> so they commit
/// with the instance's state change; effects must be keyed by <see cref="StepContext.ExecutionKey"/>.
/// Name the type with <see cref="StepTypeAttribute"/> and register it with <c>services.AddReview4UWorkflowStep&lt;TStep&gt;()</c>.
/// </summary>
public interface IStep
{
    ValueTask<StepResult> ExecuteAsync(StepContext context, CancellationToken ct);
}
