using Review4U.FollowUp.Data.Rows;

namespace Review4U.FollowUp.Plans;

/// <summary>A plan version with its activities and decisions, as the CLI and the review page show it.</summary>
public sealed record PlanView(PlanRow Plan, string BodyCode, string TimeZoneId, IReadOnlyList<PlanActivityRow> Activities, IReadOnlyList<PlanDecisionView> Decisions, PlanOutcome Outcome);
