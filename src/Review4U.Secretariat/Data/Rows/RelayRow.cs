namespace Review4U.Secretariat.Data.Rows;

/// <summary>A regional network's call relayed to its countries' national alliances (<c>secretariat.relays</c>).</summary>
public sealed class RelayRow
{
    public Guid Id { get; set; }
    /// <summary>The network's id.</summary>
    public Guid BodyId { get; set; }
    /// <summary>The network's round relayed; null for an announcement.</summary>
    public Guid? OriginRoundId { get; set; }
    public required string Title { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset? Deadline { get; set; }
    /// <summary>Unique: relaying the same round (or announcement) again finds this relay and sends nothing new.</summary>
    public required string IdempotencyKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
