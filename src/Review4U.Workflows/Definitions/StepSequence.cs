namespace Review4U.Workflows.Definitions;

/// <summary>Steps run in the order written; a step's <c>next</c> may jump within the same sequence.</summary>
public sealed record StepSequence(IReadOnlyList<StepDefinition> Steps, SourceLocation Location)
{
    public static StepSequence Empty(SourceLocation location) => new([], location);

    public int Count => Steps.Count;

    /// <summary>The index of the step with this id in this sequence, or -1.</summary>
    public int IndexOf(string stepId)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (string.Equals(Steps[i].Id, stepId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
