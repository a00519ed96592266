namespace Review4U.Secretariat.Data.Rows;

/// <summary>One national alliance a relay reached; the round it launched from it keeps the link to the network's round.</summary>
public sealed class RelayTargetRow
{
    public Guid Id { get; set; }
    public Guid RelayId { get; set; }
    /// <summary>The alliance's id.</summary>
    public Guid BodyId { get; set; }
    /// <summary>The alliance's coordinator written to; null when it had none (nothing sent).</summary>
    public Guid? CoordinatorContactId { get; set; }
    public Guid? LinkedRoundId { get; set; }
    public DateTimeOffset? LaunchedAt { get; set; }
}
