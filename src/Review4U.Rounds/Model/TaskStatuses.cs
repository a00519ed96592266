namespace Review4U.Rounds.Model;

/// <summary>A member organisation's task: nothing yet, a draft saved, submitted, or declined with a reason.</summary>
public static class TaskStatuses
{
    public const string Pending = "pending";
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Declined = "declined";

    /// <summary>The statuses of a task whose organisation still owes an answer (reminders and escalation go to these).</summary>
    public static IReadOnlyList<string> Open { get; } = [Pending, Draft];
}
