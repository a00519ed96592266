namespace Review4U.FollowUp.Model;

/// <summary>Events the follow-up steps wait on: an answered status request, a plan review decision.</summary>
public static class FollowUpEvents
{
    public const string StatusAnswered = "vpi.status-answered";
    public const string PlanDecided = "plan.review-decided";

    public static string Key(Guid id) => id.ToString("N");
}
