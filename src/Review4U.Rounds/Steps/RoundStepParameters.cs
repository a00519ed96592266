using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

/// <summary>Every round step works on one round, named by its id.</summary>
public sealed record RoundStepParameters
{
    [StepParameter(Description = "The round's id (a GUID), e.g. {{ inputs.roundId }}.")]
    public required string RoundId { get; init; }

    public Guid ParseRoundId() =>
        Guid.TryParse(RoundId, out var id) ? id : throw new FormatException($"roundId: expected a GUID, got '{RoundId}'.");
}
