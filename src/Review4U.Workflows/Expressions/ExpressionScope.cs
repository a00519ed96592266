namespace Review4U.Workflows.Expressions;

/// <summary>
/// What templates and conditions can read: <c>inputs</c>, <c>vars</c>, <c>steps.ID.X</c>, the forEach item
/// (as <c>item</c> or its <c>as:</c> name, via <see cref="Locals"/>), <c>event</c>, <c>now</c> and <c>instance</c>.
/// Values are plain data: string, numbers, bool, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, <see cref="TimeSpan"/>,
/// <see cref="Guid"/>, lists, <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object, or <see cref="System.Text.Json.JsonElement"/>.
/// </summary>
public sealed record ExpressionScope
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> NoSteps =
        new Dictionary<string, IReadOnlyDictionary<string, object?>>();

    public Guid InstanceId { get; init; }

    public string WorkflowId { get; init; } = "";

    public int WorkflowVersion { get; init; }

    /// <summary>The body (alliance or network) the instance works for (<c>instance.bodyId</c>); null when none.</summary>
    public Guid? BodyId { get; init; }

    public IReadOnlyDictionary<string, object?> Inputs { get; init; } = None;

    public IReadOnlyDictionary<string, object?> Variables { get; init; } = None;

    /// <summary>Outputs of earlier steps, by step id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> Steps { get; init; } = NoSteps;

    /// <summary>Top-level names added by enclosing forEach steps (<c>item</c> and/or the <c>as:</c> name).</summary>
    public IReadOnlyDictionary<string, object?> Locals { get; init; } = None;

    /// <summary>The payload of the event that resumed a waitEvent or started the instance; null when none.</summary>
    public object? Event { get; init; }

    /// <summary>The body a per-body cron trigger fires for (<c>body.id</c>, <c>body.code</c>, …); null elsewhere.</summary>
    public IReadOnlyDictionary<string, object?>? Body { get; init; }

    /// <summary>The injected clock's current time (UTC).</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>A copy with one more local name (used for forEach branches).</summary>
    public ExpressionScope WithLocal(string name, object? value)
    {
        var locals = new Dictionary<string, object?>(Locals, StringComparer.Ordinal) { [name] = value };
        return this with { Locals = locals };
    }
}
