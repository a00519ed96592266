namespace Review4U.Meetings.Data.Rows;

/// <summary>An item proposed for a meeting's agenda; a forwarded one keeps the item (and body) it came from.</summary>
public sealed class AgendaItemRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid MeetingId { get; set; }
    public required string Title { get; set; }
    public string? Details { get; set; }
    public required string ProposedBy { get; set; }
    public Guid? ParticipantId { get; set; }
    /// <summary>One of <see cref="Model.AgendaSources"/>.</summary>
    public required string Source { get; set; }
    /// <summary>One of <see cref="Model.AgendaItemStatuses"/>.</summary>
    public required string Status { get; set; }
    /// <summary>Place on the settled agenda (1-based), null while not approved.</summary>
    public int? Position { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public Guid? OriginBodyId { get; set; }
    public Guid? OriginMeetingId { get; set; }
    public Guid? OriginItemId { get; set; }
    /// <summary>On the origin item: the item it became on the network's agenda.</summary>
    public Guid? ForwardedToItemId { get; set; }
}
