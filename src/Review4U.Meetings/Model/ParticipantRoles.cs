namespace Review4U.Meetings.Model;

public static class ParticipantRoles
{
    public const string Government = "government";
    public const string Member = "member";
}
