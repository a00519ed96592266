namespace Review4U.Email.Templates.Models;

/// <summary>Tells the coordinator and the Steering Committee that the plan is approved; the activities' calendar is attached.</summary>
public sealed record PlanApprovedModel : EmailModel
{
    public required string PlanTitle { get; init; }
    public required int Version { get; init; }
    public required int ActivityCount { get; init; }
    public required int Approvals { get; init; }
}
