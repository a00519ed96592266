namespace Review4U.Meetings.Model;

public static class AgendaItemStatuses
{
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}
