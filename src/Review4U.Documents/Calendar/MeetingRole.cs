namespace Review4U.Documents.Calendar;

/// <summary>Attendee roles of RFC 5545 (ROLE parameter).</summary>
public enum MeetingRole
{
    Chair,
    Required,
    Optional,
    NonParticipant,
}
