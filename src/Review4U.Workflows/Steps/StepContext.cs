using System.Data.Common;
using Review4U.Workflows.Expressions;

namespace Review4U.Workflows.Steps;

/// <summary>
/// Everything one step execution may see and do. Built by the runtime per execution; steps never get the service
/// provider (dependencies come by constructor injection). The runtime may add members; existing ones stay.
/// </summary>
public sealed class StepContext
{
    private readonly Dictionary<string, object?> outputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> variableChanges = new(StringComparer.Ordinal);

    public required Guid InstanceId { get; init; }

    public required string WorkflowId { get; init; }

    public required int WorkflowVersion { get; init; }

    /// <summary>The body (alliance or network) the instance works for, when it has one (set by per-body triggers and inherited by sub-workflows).</summary>
    public Guid? BodyId { get; init; }

    public required string StepId { get; init; }

    /// <summary>Key every side effect on this (instance, scope, step, visit), so a retried or duplicated job cannot repeat it.</summary>
    public required StepExecutionKey ExecutionKey { get; init; }

    /// <summary>1 for the first attempt, 2 for the first retry, …</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>The bound parameters record (templates rendered, values converted), or null for steps without one.</summary>
    public object? Parameters { get; init; }

    /// <summary>Inputs, variables, earlier outputs, item, event, now, instance: read-only.</summary>
    public required ExpressionScope Scope { get; init; }

    /// <summary>The payload that resumed this execution from a bookmark or timer; null on a first run.</summary>
    public object? ResumePayload { get; init; }

    public required TimeProvider Time { get; init; }

    /// <summary>The connection in which the step's side effects must be written.</summary>
    public required DbConnection Connection { get; init; }

    /// <summary>The transaction that also records the instance's state change: effects commit or roll back with it.</summary>
    public required DbTransaction Transaction { get; init; }

    public IReadOnlyDictionary<string, object?> Inputs => Scope.Inputs;

    public IReadOnlyDictionary<string, object?> Variables => Scope.Variables;

    /// <summary>Outputs set with <see cref="SetOutput"/>; merged with (and overridden by) <see cref="StepCompleted.Outputs"/>.</summary>
    public IReadOnlyDictionary<string, object?> Outputs => outputs;

    /// <summary>Variables set with <see cref="SetVariable"/>; the runtime applies them when the step completes.</summary>
    public IReadOnlyDictionary<string, object?> VariableChanges => variableChanges;

    public TParameters GetParameters<TParameters>()
        where TParameters : class =>
        Parameters as TParameters ?? throw new InvalidOperationException(
            $"Step '{StepId}' expected parameters of type {typeof(TParameters).Name} but got {Parameters?.GetType().Name ?? "none"}.");

    public void SetOutput(string name, object? value) => outputs[name] = value;

    public void SetVariable(string name, object? value) => variableChanges[name] = value;
}
