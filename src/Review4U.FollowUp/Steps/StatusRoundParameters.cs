using Review4U.Workflows.Steps;

namespace Review4U.FollowUp.Steps;

/// <summary>The steps after the opening work on one status round, named by its id.</summary>
public sealed record StatusRoundParameters
{
    [StepParameter(Description = "The status round's id (a GUID), e.g. {{ steps.open.roundId }}.")]
    public required string RoundId { get; init; }
}
