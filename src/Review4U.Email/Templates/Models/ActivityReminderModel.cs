namespace Review4U.Email.Templates.Models;

/// <summary>Reminds an activity's owner that a scheduled activity of the approved plan is coming.</summary>
public sealed record ActivityReminderModel : EmailModel
{
    public required string ActivityTitle { get; init; }
    /// <summary>The activity kind code (<c>meeting</c>, <c>policy-brief</c>, …).</summary>
    public required string ActivityKind { get; init; }
    /// <summary>The start in the body's time zone, formatted yyyy-MM-dd HH:mm.</summary>
    public required string StartsAt { get; init; }
    public required int DaysLeft { get; init; }
    public required string Location { get; init; }
    public required string PlanTitle { get; init; }
}
