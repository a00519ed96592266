using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Agenda;

/// <summary>What a valid personal link opens: the participant and their meeting.</summary>
public sealed record ParticipantAccess(MeetingRow Meeting, ParticipantRow Participant);
