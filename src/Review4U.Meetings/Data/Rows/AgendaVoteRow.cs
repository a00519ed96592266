namespace Review4U.Meetings.Data.Rows;

/// <summary>A Steering Committee member's latest vote on one agenda item.</summary>
public sealed class AgendaVoteRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid AgendaItemId { get; set; }
    public Guid ParticipantId { get; set; }
    public bool Approve { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
