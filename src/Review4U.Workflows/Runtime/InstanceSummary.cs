namespace Review4U.Workflows.Runtime;

/// <summary>One line of an instance list.</summary>
public sealed record InstanceSummary(
    Guid Id,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    Guid? BodyId,
    Guid? ParentInstanceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt);
