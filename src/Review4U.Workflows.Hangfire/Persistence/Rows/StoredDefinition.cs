namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>A definition as it was when stored: instances keep running on the version they started with.</summary>
public sealed class StoredDefinition
{
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string ContentHash { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset StoredAt { get; set; }
}
