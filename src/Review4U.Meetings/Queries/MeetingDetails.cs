namespace Review4U.Meetings.Queries;

/// <summary>Everything <c>consultations show</c> prints: the meeting, who is invited, the agenda with its votes, the action items.</summary>
public sealed record MeetingDetails(
    MeetingSummary Meeting, string? Location, DateTimeOffset? AgendaCutoff, DateTimeOffset? SettleBy, DateTimeOffset? AgendaSettledAt,
    string? MinutesFileName, IReadOnlyList<ParticipantView> Participants, IReadOnlyList<AgendaItemView> Agenda, IReadOnlyList<ActionItemView> Actions);

public sealed record ParticipantView(string Name, string Email, string Role, bool SteeringCommittee, string Attendance);

public sealed record AgendaItemView(Guid Id, string Title, string? Details, string ProposedBy, string Source, string Status, int? Position,
    int Approvals, int Rejections, Guid? OriginItemId, Guid? ForwardedToItemId);

public sealed record ActionItemView(Guid Id, string Title, string OwnerName, string OwnerEmail, DateOnly DueOn, string Status);
