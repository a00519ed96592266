namespace Review4U.FollowUp.Plans;

public sealed record PlanDecisionView(string Reviewer, string Kind, string? Text, string? ActivityKey, DateTimeOffset At);
