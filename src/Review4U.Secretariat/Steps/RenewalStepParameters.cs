using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

/// <summary>Every renewal step after the opening works on one renewal, named by its id.</summary>
public sealed record RenewalStepParameters
{
    [StepParameter(Description = "The renewal's id (a GUID), e.g. {{ steps.open.renewalId }}.")]
    public required string RenewalId { get; init; }

    public Guid ParseRenewalId() =>
        Guid.TryParse(RenewalId, out var id) ? id : throw new FormatException($"renewalId: expected a GUID, got '{RenewalId}'.");
}
