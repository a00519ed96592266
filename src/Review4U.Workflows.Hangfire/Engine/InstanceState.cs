namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>An instance row as one job sees it; <see cref="Revision"/> guards the write-back.</summary>
internal sealed class InstanceState
{
    public required Guid Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int DefinitionVersion { get; init; }
    public Guid? BodyId { get; init; }
    public required string Status { get; set; }
    public required Dictionary<string, object?> Inputs { get; init; }
    public required Dictionary<string, object?> Variables { get; init; }
    public object? Output { get; set; }
    public Guid? ParentInstanceId { get; init; }
    public Guid? ParentBookmarkId { get; init; }
    public required int Revision { get; init; }
    public bool VariablesChanged { get; set; }
}
