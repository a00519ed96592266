using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.Workflow, Description = "Starts a sub-workflow and waits for it to complete.")]
[StepOutput("instanceId", DataType.String, Description = "The child instance's id.")]
[StepOutput("variables", DataType.Object, Description = "The child's variables when it completed.")]
public sealed record WorkflowParameters
{
    [StepParameter(AllowTemplate = false, Description = "The id of the workflow to start.")]
    public required string Workflow { get; init; }

    [StepParameter(AllowTemplate = false, Description = "The version to start; the highest loaded one when omitted.")]
    public int? Version { get; init; }

    [StepParameter(Description = "The child's inputs; values may be templates.")]
    public IReadOnlyDictionary<string, object?>? Inputs { get; init; }
}
