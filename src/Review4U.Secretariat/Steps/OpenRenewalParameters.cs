using Review4U.Workflows.Steps;

namespace Review4U.Secretariat.Steps;

public sealed record OpenRenewalParameters
{
    [StepParameter(Description = "The body's code, e.g. {{ inputs.bodyCode }}.")]
    public required string BodyCode { get; init; }

    [StepParameter(Description = "Open even when the term's end is further away than the usual 60 days (a start from the CLI).")]
    public bool Force { get; init; }
}
