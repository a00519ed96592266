using Npgsql;
using Review4U.Workflows.Runtime;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Runtime.Support;

/// <summary>The batch form of <see cref="RecordEffectStep"/>: one binary COPY for a whole batch; the label "bad" always fails.</summary>
[StepType("bulkEffect", Description = "Test step: writes effect rows, in bulk when it can.")]
public sealed class BulkEffectStep(AttemptCounter counter) : IStep<RecordEffectParameters>, IBatchStep
{
    public async ValueTask<StepResult> ExecuteAsync(RecordEffectParameters parameters, StepContext context, CancellationToken ct)
    {
        var label = parameters.Label;
        await RecordEffectStep.WriteAsync(context, label);
        if (label == "bad")
        {
            throw new InvalidOperationException("bad item");
        }

        return StepResult.Completed();
    }

    public async ValueTask<IReadOnlyList<StepResult>> ExecuteBatchAsync(IReadOnlyList<StepContext> contexts, CancellationToken ct)
    {
        counter.Next("bulk-calls");
        var connection = (NpgsqlConnection)contexts[0].Connection;
        await using (var copy = await connection.BeginBinaryImportAsync("COPY public.effects (execution_key, label, attempt) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var context in contexts)
            {
                await copy.WriteRowAsync(ct, context.ExecutionKey.ToString(), context.GetParameters<RecordEffectParameters>().Label, context.Attempt);
            }

            await copy.CompleteAsync(ct);
        }

        if (contexts.Any(c => c.GetParameters<RecordEffectParameters>().Label == "bad"))
        {
            throw new InvalidOperationException("a bad item in the batch");
        }

        return [.. contexts.Select(_ => (StepResult)StepResult.Completed())];
    }
}
