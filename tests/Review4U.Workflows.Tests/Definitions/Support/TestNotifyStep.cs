using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Definitions.Support;

/// <summary>A registered (non built-in) step type for definition tests: it only echoes its bound parameters.</summary>
[StepType("testNotify", Description = "Test step: pretends to notify someone.")]
[StepOutput("messageId", DataType.String, Description = "The id of the message.")]
public sealed class TestNotifyStep : IStep<TestNotifyParameters>
{
    public ValueTask<StepResult> ExecuteAsync(TestNotifyParameters parameters, StepContext context, CancellationToken ct) =>
        ValueTask.FromResult<StepResult>(StepResult.Completed(new Dictionary<string, object?> { ["messageId"] = $"{parameters.To}:{parameters.Subject}" }));
}
