using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Review4U.Workflows.Binding;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Runs one step of one branch inside a savepoint of the job's transaction: the step's effects, its execution row
/// and the branch's move commit together, or a failed attempt rolls back to the savepoint and nothing of it stays.
/// </summary>
internal sealed class StepRunner(
    StepRegistry registry,
    StepParameterBinder binder,
    Forks forks,
    InstanceStarter starter,
    LoadedDefinitions definitions,
    IServiceProvider services,
    ILogger<StepRunner> logger)
{
    public async Task RunAsync(AdvanceContext ctx, BranchState branch, CancellationToken ct)
    {
        var step = ctx.Definition.FindStep(branch.StepId!)
            ?? throw new InvalidOperationException($"Step '{branch.StepId}' is not in {ctx.Definition.Id} v{ctx.Definition.Version}.");
        var resume = branch.Resume;
        branch.Resume = null;
        if (resume?.Kind == ResumeSignal.Skip)
        {
            await Executions.RecordAsync(ctx.Connection, ctx.Transaction, branch, ExecutionStatus.Skipped, branch.Attempt, ctx.Now, ct);
            await FlowNavigator.CompleteAsync(ctx, branch, step, new Dictionary<string, object?>(), ct, ExecutionStatus.Skipped);
            return;
        }

        if (resume?.Kind == ResumeSignal.Deadline)
        {
            await Joins.FinishAsync(ctx, branch, step, timedOut: true, ct);
            return;
        }

        await using (var savepoint = Db.Command(ctx.Connection, ctx.Transaction, "SAVEPOINT step"))
        {
            await savepoint.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await Executions.BeginAsync(ctx, branch, ct);
            var failure = await ExecuteAsync(ctx, branch, step, resume, ct);
            if (failure is not null)
            {
                await RollbackToSavepointAsync(ctx, ct);
                await Failures.HandleAsync(ctx, branch, step, failure.Reason, failure.Retryable, ct);
                return;
            }

            await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "RELEASE SAVEPOINT step", ct);
        }
        catch (Exception e) when (IsStepFailure(ctx, e))
        {
            await RollbackToSavepointAsync(ctx, ct);
            logger.LogWarning(e, "Step {Step} of instance {Instance} ({Scope}) failed", step.Id, ctx.Instance.Id, branch.Scope);
            await Failures.HandleAsync(ctx, branch, step, e.Message, retryable: true, ct);
        }
    }

    /// <summary>A step's own error is a failed attempt; a broken connection or a lost race is the job's failure (Hangfire retries it).</summary>
    private static bool IsStepFailure(AdvanceContext ctx, Exception e) =>
        e is not (OperationCanceledException or WorkflowConcurrencyException)
        && ctx.Connection.State == System.Data.ConnectionState.Open
        && !(e is NpgsqlException { IsTransient: true })
        && !(e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.AdminShutdown });

    private static async Task RollbackToSavepointAsync(AdvanceContext ctx, CancellationToken ct) =>
        await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "ROLLBACK TO SAVEPOINT step", ct);

    private async Task<StepFailed?> ExecuteAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, ResumeSignal? resume, CancellationToken ct)
    {
        var scope = ScopeBuilder.Build(ctx, branch, resume?.Kind == ResumeSignal.Event ? resume.Payload : null);
        var descriptor = registry.Get(step.Type);
        switch (step.Type)
        {
            case BuiltInStepTypes.If:
            {
                var condition = ((IfParameters)binder.Bind(step, descriptor, scope)!).Condition;
                await EnterAsync(ctx, branch, step, condition ? "then" : "else", condition ? step.Then : step.Else, ct);
                return null;
            }

            case BuiltInStepTypes.Switch:
            {
                var value = ((SwitchParameters)binder.Bind(step, descriptor, scope)!).Value;
                var match = step.Cases.FirstOrDefault(c => string.Equals(c.Key, value, StringComparison.Ordinal));
                await EnterAsync(ctx, branch, step, match.Value is null ? "default" : match.Key, match.Value ?? step.Default, ct);
                return null;
            }

            case BuiltInStepTypes.ForEach:
                await forks.ForEachAsync(ctx, branch, step, (ForEachParameters)binder.Bind(step, descriptor, scope)!, ct);
                return null;

            case BuiltInStepTypes.Parallel:
                await forks.ParallelAsync(ctx, branch, step, ct);
                return null;

            case BuiltInStepTypes.SetVariable:
            {
                var parameters = (SetVariableParameters)binder.Bind(step, descriptor, scope)!;
                ctx.Instance.Variables[parameters.Name] = parameters.Value;
                ctx.Instance.VariablesChanged = true;
                await FlowNavigator.CompleteAsync(ctx, branch, step, new Dictionary<string, object?> { ["value"] = parameters.Value }, ct);
                return null;
            }

            case BuiltInStepTypes.Log:
            {
                var parameters = (LogParameters)binder.Bind(step, descriptor, scope)!;
                ctx.Log("log", branch, $"{parameters.Level.ToString().ToLowerInvariant()}: {parameters.Message}");
                logger.LogInformation("Workflow {Instance} {Step}: {Message}", ctx.Instance.Id, step.Id, parameters.Message);
                await FlowNavigator.CompleteAsync(ctx, branch, step, new Dictionary<string, object?> { ["message"] = parameters.Message }, ct);
                return null;
            }

            case BuiltInStepTypes.Delay:
                await WaitSteps.DelayAsync(ctx, branch, step, (DelayParameters)binder.Bind(step, descriptor, scope)!, resume, ct);
                return null;

            case BuiltInStepTypes.WaitEvent:
                await WaitSteps.WaitEventAsync(ctx, branch, step, (WaitEventParameters)binder.Bind(step, descriptor, scope)!, resume, ct);
                return null;

            case BuiltInStepTypes.Workflow:
                await SubWorkflowAsync(ctx, branch, step, (WorkflowParameters)binder.Bind(step, descriptor, scope)!, resume, ct);
                return null;

            default:
                return await CustomStepAsync(ctx, branch, step, descriptor, scope, resume, ct);
        }
    }

    private static async Task EnterAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, string path, StepSequence? sequence, CancellationToken ct)
    {
        var outputs = new Dictionary<string, object?> { ["path"] = path };
        await Executions.FinishAsync(ctx, branch, ExecutionStatus.Completed, outputs, ct);
        branch.Outputs[step.Id] = outputs;
        ctx.Log("step", branch, path);
        FlowNavigator.Enter(ctx, branch, step, sequence);
    }

    private async Task SubWorkflowAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, WorkflowParameters parameters, ResumeSignal? resume, CancellationToken ct)
    {
        if (resume?.Kind == ResumeSignal.Child)
        {
            await FlowNavigator.CompleteAsync(ctx, branch, step, resume.Payload as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(), ct);
            return;
        }

        var definition = parameters.Version is { } version ? definitions.Get(parameters.Workflow, version) : definitions.GetLatest(parameters.Workflow);
        var bookmark = await BookmarkStore.CreateAsync(ctx.Connection, ctx.Transaction, branch, BookmarkKind.Child, null, null, null, ctx.Now, ct);
        var key = new StepExecutionKey(ctx.Instance.Id, branch.Scope, step.Id, branch.Iteration);
        var request = new Runtime.WorkflowStartRequest(definition.Id)
        {
            Inputs = parameters.Inputs ?? new Dictionary<string, object?>(),
            IdempotencyKey = "child:" + key,
            Actor = $"workflow:{ctx.Instance.Id}",
            BodyId = ctx.Instance.BodyId,
            Version = definition.Version,
        };
        var (child, _) = await starter.CreateAsync(ctx.Connection, ctx.Transaction, request, (ctx.Instance.Id, bookmark), ctx.Journal, ctx.Now, ct);
        await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "UPDATE workflow.bookmarks SET event_key = $2 WHERE id = $1", ct, bookmark, child.ToString());
        await Executions.FinishAsync(ctx, branch, ExecutionStatus.Suspended, new Dictionary<string, object?> { ["instanceId"] = child.ToString() }, ct);
        branch.Status = BranchStatus.Waiting;
        ctx.Log("wait", branch, $"sub-workflow {definition.Id} v{definition.Version} instance {child}");
        ctx.AfterCommit.Advance(child);
    }

    private async Task<StepFailed?> CustomStepAsync(
        AdvanceContext ctx, BranchState branch, StepDefinition step, StepTypeDescriptor descriptor,
        Expressions.ExpressionScope scope, ResumeSignal? resume, CancellationToken ct)
    {
        var implementation = (IStep)services.GetRequiredService(descriptor.StepClrType!);
        var context = CreateContext(ctx, branch, step, descriptor, scope, resume);
        var result = await implementation.ExecuteAsync(context, ct);
        switch (result)
        {
            case StepCompleted completed:
                await CompleteCustomAsync(ctx, branch, step, context, completed, ct);
                return null;

            case StepSuspended suspended when !string.IsNullOrEmpty(suspended.BookmarkName):
                var (consumed, payload) = await WaitSteps.WaitForEventAsync(ctx, branch, suspended.BookmarkName, suspended.BookmarkKey, suspended.ResumeAt, ct);
                if (consumed)
                {
                    // The event was already there: run the step again at once with it, as a resume would.
                    branch.Resume = new ResumeSignal(ResumeSignal.Event, payload);
                    branch.Status = BranchStatus.Ready;
                    await Executions.FinishAsync(ctx, branch, ExecutionStatus.Suspended, null, ct);
                    ctx.AfterCommit.Advance(ctx.Instance.Id);
                }

                return null;

            case StepSuspended { ResumeAt: { } at }:
                await WaitSteps.SuspendAsync(ctx, branch, BookmarkKind.Timer, null, null, at, $"until {at:O}", ct);
                return null;

            case StepSuspended:
                return new StepFailed("The step suspended without a bookmark name or a resume time.", false, null);

            case StepFailed failed:
                return failed;

            default:
                throw new InvalidOperationException($"Unknown step result {result.GetType().Name}.");
        }
    }

    /// <summary>
    /// Runs the fresh executions of one batch-capable step in a single call inside one savepoint; on any trouble the
    /// call is rolled back and each branch runs alone (returns false so the caller does that).
    /// </summary>
    public async Task<bool> TryRunBatchAsync(AdvanceContext ctx, IReadOnlyList<BranchState> branches, StepDefinition step, CancellationToken ct)
    {
        var descriptor = registry.Get(step.Type);
        if (branches.Count < 2 || descriptor.StepClrType is null || !typeof(Runtime.IBatchStep).IsAssignableFrom(descriptor.StepClrType)
            || branches.Any(b => b.Resume is not null))
        {
            return false;
        }

        await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "SAVEPOINT batch", ct);
        List<StepContext> contexts;
        IReadOnlyList<StepResult> results;
        try
        {
            foreach (var branch in branches)
            {
                await Executions.BeginAsync(ctx, branch, ct);
            }

            contexts = [.. branches.Select(b => CreateContext(ctx, b, step, descriptor, ScopeBuilder.Build(ctx, b, null), null))];
            results = await ((Runtime.IBatchStep)services.GetRequiredService(descriptor.StepClrType)).ExecuteBatchAsync(contexts, ct);
        }
        catch (Exception e) when (IsStepFailure(ctx, e))
        {
            logger.LogInformation(e, "Batch of {Count} executions of step {Step} failed; running them one by one", branches.Count, step.Id);
            await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "ROLLBACK TO SAVEPOINT batch", ct);
            return false;
        }

        if (results.Count != branches.Count || results.Any(r => r is not StepCompleted))
        {
            await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "ROLLBACK TO SAVEPOINT batch", ct);
            return false;
        }

        // Past this point an error fails the whole job (its transaction rolls back and Hangfire runs it again).
        for (var i = 0; i < branches.Count; i++)
        {
            await CompleteCustomAsync(ctx, branches[i], step, contexts[i], (StepCompleted)results[i], ct);
        }

        await Db.ExecuteAsync(ctx.Connection, ctx.Transaction, "RELEASE SAVEPOINT batch", ct);
        return true;
    }

    private StepContext CreateContext(AdvanceContext ctx, BranchState branch, StepDefinition step, StepTypeDescriptor descriptor, Expressions.ExpressionScope scope, ResumeSignal? resume) => new()
    {
        InstanceId = ctx.Instance.Id,
        WorkflowId = ctx.Definition.Id,
        WorkflowVersion = ctx.Definition.Version,
        BodyId = ctx.Instance.BodyId,
        StepId = step.Id,
        ExecutionKey = new StepExecutionKey(ctx.Instance.Id, branch.Scope, step.Id, branch.Iteration),
        Attempt = branch.Attempt + 1,
        Parameters = binder.Bind(step, descriptor, scope),
        Scope = scope,
        ResumePayload = resume?.Kind is ResumeSignal.Event or ResumeSignal.Timer ? resume.Payload ?? resume.Kind : null,
        Time = services.GetRequiredService<TimeProvider>(),
        Connection = ctx.Connection,
        Transaction = ctx.Transaction,
    };

    private static async Task CompleteCustomAsync(AdvanceContext ctx, BranchState branch, StepDefinition step, StepContext context, StepCompleted completed, CancellationToken ct)
    {
        foreach (var (name, value) in context.VariableChanges)
        {
            ctx.Instance.Variables[name] = value;
            ctx.Instance.VariablesChanged = true;
        }

        var outputs = new Dictionary<string, object?>(context.Outputs, StringComparer.Ordinal);
        foreach (var (name, value) in completed.Outputs)
        {
            outputs[name] = value;
        }

        if (completed.Outcome is not null)
        {
            outputs["outcome"] = completed.Outcome;
        }

        await FlowNavigator.CompleteAsync(ctx, branch, step, outputs, ct);
    }
}
