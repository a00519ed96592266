using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

/// <summary>The plan steps work on one plan version, named by its id.</summary>
public sealed record PlanParameters
{
    [StepParameter(Description = "The plan version's id (a GUID), e.g. {{ inputs.planId }}.")]
    public required string PlanId { get; init; }
}
