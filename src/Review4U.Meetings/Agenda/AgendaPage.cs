namespace Review4U.Meetings.Agenda;

/// <summary>
/// What a participant's agenda or review page shows; <see cref="Refusal"/> is set instead when the link opens nothing.
/// <see cref="Language"/> is the reader's: the participant's own when shipped, else the body's default, else English.
/// </summary>
public sealed record AgendaPage(
    string? Refusal, string MeetingTitle, string BodyName, DateTimeOffset? StartsAt, string TimeZone, DateTimeOffset? Cutoff, DateTimeOffset? SettleBy,
    string ParticipantName, string Language, bool SteeringCommittee, bool ProposalsOpen, bool VotingOpen, IReadOnlyList<AgendaPageItem> Items)
{
    public static AgendaPage Refused(string message) => new(message, "", "", null, "", null, null, "", "en", false, false, false, []);
}

/// <summary>One item on the page; <see cref="MyVote"/> is the viewer's latest vote (null: none).</summary>
public sealed record AgendaPageItem(Guid Id, string Title, string? Details, string ProposedBy, bool Mine, bool? MyVote);
