using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Definitions.Support;

public sealed record TestNotifyParameters
{
    [StepParameter(Type = DataType.Email, Description = "The recipient.")]
    public required string To { get; init; }

    [StepParameter(Description = "The subject line.")]
    public required string Subject { get; init; }

    [StepParameter(Description = "How many copies.")]
    public int Copies { get; init; } = 1;
}
