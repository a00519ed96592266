using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Steps;

/// <summary>
/// Declares an output readable later as <c>steps.ID.NAME</c>. Templates referring to an undeclared output of a step
/// are rejected, unless the step declares the output name <c>*</c> (open outputs).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class StepOutputAttribute(string name, DataType type) : Attribute
{
    public string Name { get; } = name;

    public DataType Type { get; } = type;

    public string Description { get; init; } = "";
}
