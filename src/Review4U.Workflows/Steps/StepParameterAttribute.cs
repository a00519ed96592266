using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Steps;

/// <summary>
/// Declares a property of a parameters record as a step parameter. The YAML name is the camel-cased property name
/// unless <see cref="Name"/> is given; it is required when the property is a C# <c>required</c> member or <see cref="Required"/> is set.
/// The data type comes from the property type unless <see cref="Type"/> overrides it (e.g. <see cref="DataType.Email"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class StepParameterAttribute : Attribute
{
    public string? Name { get; init; }

    public string Description { get; init; } = "";

    public ParameterKind Kind { get; init; } = ParameterKind.Value;

    public bool Required { get; init; }

    /// <summary>Overrides the data type inferred from the property type; <see cref="DataType.Any"/> (the default) means "infer".</summary>
    public DataType Type { get; init; } = DataType.Any;

    /// <summary>False forbids templates (the value must be a literal known when the definition loads).</summary>
    public bool AllowTemplate { get; init; } = true;
}
