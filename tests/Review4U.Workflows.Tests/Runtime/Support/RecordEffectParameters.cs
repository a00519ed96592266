using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Runtime.Support;

public sealed record RecordEffectParameters
{
    [StepParameter(Description = "What the effect is about (e.g. the member).")]
    public required string Label { get; init; }
}
