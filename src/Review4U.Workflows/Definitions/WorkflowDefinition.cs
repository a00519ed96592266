namespace Review4U.Workflows.Definitions;

/// <summary>
/// An immutable, validated workflow definition. Stored by (<see cref="Id"/>, <see cref="Version"/>, <see cref="ContentHash"/>):
/// instances run to completion on the version they started with.
/// </summary>
public sealed record WorkflowDefinition
{
    private Dictionary<string, StepPosition>? positions;

    /// <summary>Kebab-case id, unique in the workflows folder.</summary>
    public required string Id { get; init; }

    /// <summary>Positive integer, raised whenever the file changes.</summary>
    public required int Version { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<InputDefinition> Inputs { get; init; } = [];

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public IReadOnlyList<TriggerDefinition> Triggers { get; init; } = [];

    public required StepSequence Steps { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The path the definition was loaded from (as given to the loader).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Where the <c>id</c> value is written (for catalog-level errors).</summary>
    public SourceLocation IdLocation { get; init; } = SourceLocation.None;

    /// <summary>Where the <c>version</c> value is written (for versioning errors).</summary>
    public SourceLocation VersionLocation { get; init; } = SourceLocation.None;

    /// <summary>Where every step sits, by id (ids are unique in a file).</summary>
    public IReadOnlyDictionary<string, StepPosition> StepPositions => positions ??= IndexSteps();

    /// <summary>The step with this id anywhere in the definition, or null.</summary>
    public StepDefinition? FindStep(string stepId) => StepPositions.TryGetValue(stepId, out var position) ? position.Step : null;

    /// <summary>Every step, depth first in file order.</summary>
    public IEnumerable<StepDefinition> AllSteps() => Walk(Steps, null, null).Select(position => position.Step);

    private Dictionary<string, StepPosition> IndexSteps()
    {
        var index = new Dictionary<string, StepPosition>(StringComparer.Ordinal);
        foreach (var position in Walk(Steps, null, null))
        {
            index.TryAdd(position.Step.Id, position);
        }

        return index;
    }

    private static IEnumerable<StepPosition> Walk(StepSequence sequence, StepDefinition? owner, string? slot)
    {
        for (var i = 0; i < sequence.Steps.Count; i++)
        {
            var step = sequence.Steps[i];
            yield return new StepPosition(step, sequence, i, owner, slot);
            foreach (var (nestedSlot, nested) in step.NestedSequences())
            {
                foreach (var inner in Walk(nested, step, nestedSlot))
                {
                    yield return inner;
                }
            }
        }
    }
}
