namespace Review4U.Workflows.Definitions;

/// <summary>
/// One step as written. <see cref="Parameters"/> is the raw <c>with:</c> map (templates unrendered).
/// The nested sequences are set only for the control-flow types that have them:
/// <c>if</c> (<see cref="Then"/>, <see cref="Else"/>), <c>switch</c> (<see cref="Cases"/>, <see cref="Default"/>),
/// <c>forEach</c> (<see cref="Do"/>) and <c>parallel</c> (<see cref="Branches"/>).
/// </summary>
public sealed record StepDefinition
{
    /// <summary>The value of <c>next:</c> that ends the enclosing sequence.</summary>
    public const string EndOfSequence = "end";

    public required string Id { get; init; }

    public required string Type { get; init; }

    public required MapParameterValue Parameters { get; init; }

    /// <summary>The id of a step in the same sequence to run next, <see cref="EndOfSequence"/>, or null for "the following step".</summary>
    public string? Next { get; init; }

    /// <summary>The step's own retry policy, or null to use the runtime's default.</summary>
    public RetryPolicy? Retry { get; init; }

    public StepSequence? Then { get; init; }

    public StepSequence? Else { get; init; }

    /// <summary>switch cases in file order (first match wins); empty for other types.</summary>
    public IReadOnlyList<KeyValuePair<string, StepSequence>> Cases { get; init; } = [];

    public StepSequence? Default { get; init; }

    public StepSequence? Do { get; init; }

    /// <summary>parallel branches in file order; empty for other types.</summary>
    public IReadOnlyList<KeyValuePair<string, StepSequence>> Branches { get; init; } = [];

    public required SourceLocation Location { get; init; }

    /// <summary>Every nested sequence with its slot name (<c>then</c>, <c>else</c>, <c>cases.KEY</c>, <c>default</c>, <c>do</c>, <c>branches.NAME</c>).</summary>
    public IEnumerable<KeyValuePair<string, StepSequence>> NestedSequences()
    {
        if (Then is not null)
        {
            yield return new("then", Then);
        }

        if (Else is not null)
        {
            yield return new("else", Else);
        }

        foreach (var (key, sequence) in Cases)
        {
            yield return new($"cases.{key}", sequence);
        }

        if (Default is not null)
        {
            yield return new("default", Default);
        }

        if (Do is not null)
        {
            yield return new("do", Do);
        }

        foreach (var (name, sequence) in Branches)
        {
            yield return new($"branches.{name}", sequence);
        }
    }
}
