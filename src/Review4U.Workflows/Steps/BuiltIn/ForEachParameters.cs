using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.ForEach, Description = "Runs `do` once per item (branches advanced in batches), then joins.")]
[StepSequence("do", Required = true, Description = "Steps run for each item; the item is `item` or the `as` name.")]
[StepOutput("count", DataType.Int, Description = "Number of branches started.")]
[StepOutput("completed", DataType.Int, Description = "Number of branches completed when the join happened.")]
[StepOutput("timedOut", DataType.Bool, Description = "True when the deadline ended the join.")]
public sealed record ForEachParameters
{
    [StepParameter(Kind = ParameterKind.Expression, Description = "A Liquid expression giving a list, e.g. `inputs.members`.")]
    public required IReadOnlyList<object?> Items { get; init; }

    [StepParameter(AllowTemplate = false, Description = "The name of the current item inside `do` (besides `item`).")]
    public string As { get; init; } = "item";

    [StepParameter(AllowTemplate = false, Description = "When the step completes: all branches, any one, or a quorum.")]
    public ForEachJoin Join { get; init; } = ForEachJoin.All;

    [StepParameter(Description = "With `join: quorum`: how many branches must complete.")]
    public int? Quorum { get; init; }

    [StepParameter(Description = "Optional: the join completes at this time regardless of the branches.")]
    public DateTimeOffset? Deadline { get; init; }
}
