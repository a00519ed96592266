using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>Writes its effect, then throws for the first <c>failures</c> attempts: the failed attempts' effects must vanish.</summary>
[StepType("flaky", Description = "Test step: fails a number of times, then succeeds.")]
public sealed class FlakyStep(AttemptCounter counter) : IStep<FlakyParameters>
{
    public async ValueTask<StepResult> ExecuteAsync(FlakyParameters parameters, StepContext context, CancellationToken ct)
    {
        await RecordEffectStep.WriteAsync(context, parameters.Label);
        if (counter.Next(context.ExecutionKey.ToString()) <= parameters.Failures)
        {
            throw new InvalidOperationException($"flaky failure of {parameters.Label}");
        }

        return StepResult.Completed();
    }
}
