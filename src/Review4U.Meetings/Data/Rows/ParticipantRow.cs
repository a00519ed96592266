namespace Review4U.Meetings.Data.Rows;

/// <summary>Someone invited to a meeting, with their registration / attendance; their id scopes their personal links.</summary>
public sealed class ParticipantRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid MeetingId { get; set; }
    /// <summary>The member contact; null for a government focal point.</summary>
    public Guid? ContactId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public required string Language { get; set; }
    /// <summary>One of <see cref="Model.ParticipantRoles"/>.</summary>
    public required string Role { get; set; }
    /// <summary>Sits on the Steering Committee (coordinator, co-coordinator, SC member): settles the agenda.</summary>
    public bool SteeringCommittee { get; set; }
    /// <summary>One of <see cref="Model.AttendanceStatuses"/>.</summary>
    public required string Attendance { get; set; }
    public DateTimeOffset? AttendanceAt { get; set; }
}
