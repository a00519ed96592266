namespace Review4U.Workflows.Steps;

/// <summary>
/// Declares a nested sequence of a control-flow type: a single sequence (<c>then</c>, <c>do</c>) or, when
/// <see cref="Named"/>, a map of named sequences (<c>cases</c>, <c>branches</c>). Only the built-in types have them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class StepSequenceAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public bool Named { get; init; }

    public bool Required { get; init; }

    public string Description { get; init; } = "";
}
