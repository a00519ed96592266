namespace Review4U.Workflows.Runtime;

/// <summary>Everything a start may carry. <see cref="IdempotencyKey"/> makes repeated starts return the same instance.</summary>
public sealed record WorkflowStartRequest(string DefinitionId)
{
    public IReadOnlyDictionary<string, object?> Inputs { get; init; } = new Dictionary<string, object?>();

    public string? IdempotencyKey { get; init; }

    /// <summary>Who started it, for the journal (a user, <c>cli</c>, <c>trigger:ID</c>).</summary>
    public string Actor { get; init; } = "api";

    /// <summary>The body (alliance or network) the instance works for, when it belongs to one.</summary>
    public Guid? BodyId { get; init; }

    /// <summary>A version to start instead of the latest loaded one (must be stored).</summary>
    public int? Version { get; init; }
}
