using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Runtime.Support;

public sealed record FlakyParameters
{
    [StepParameter(Description = "How many attempts fail before one succeeds.")]
    public required int Failures { get; init; }

    [StepParameter(Description = "The effect label.")]
    public required string Label { get; init; }
}
