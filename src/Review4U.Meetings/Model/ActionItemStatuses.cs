namespace Review4U.Meetings.Model;

public static class ActionItemStatuses
{
    public const string Open = "open";
    public const string Done = "done";
}
