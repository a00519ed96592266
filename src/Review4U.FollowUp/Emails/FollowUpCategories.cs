namespace Review4U.FollowUp.Emails;

/// <summary>The outbox categories of the follow-up emails (each the name of its template).</summary>
public static class FollowUpCategories
{
    public const string StatusRequest = "vpi-status-request";
    public const string StatusReminder = "vpi-status-reminder";
    public const string Escalation = "vpi-escalation";
    public const string ProgressReport = "vpi-progress-report";
    public const string PlanReviewRequest = "plan-review-request";
    public const string PlanApproved = "plan-approved";
    public const string PlanReturned = "plan-returned";
    public const string ActivityReminder = "activity-reminder";
}
