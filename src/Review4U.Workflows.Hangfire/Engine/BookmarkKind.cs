namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>The kinds of durable waits; stored as these words.</summary>
internal static class BookmarkKind
{
    public const string Event = "event";
    public const string Timer = "timer";
    public const string Retry = "retry";
    public const string Deadline = "deadline";
    public const string Child = "child";
}
