using System.Reflection;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Registry;

/// <summary>One parameter of a step type, as declared on its parameters record.</summary>
/// <param name="AllowedValues">For enum-typed parameters, the accepted spellings (camel case); empty otherwise.</param>
/// <param name="DefaultValue">The record's initial value of the property, shown in docs and the schema; null when none.</param>
/// <param name="Property">The property the bound value is written to; null for parameters not backed by a record.</param>
public sealed record ParameterDescriptor(
    string Name,
    DataType Type,
    bool Required,
    string Description,
    ParameterKind Kind,
    bool AllowTemplate,
    IReadOnlyList<string> AllowedValues,
    object? DefaultValue,
    PropertyInfo? Property)
{
    public bool IsCondition => Kind == ParameterKind.Condition;

    public bool IsExpression => Kind == ParameterKind.Expression;

    /// <summary>True when a <c>{{ … }}</c> template is accepted as the value.</summary>
    public bool IsTemplate => Kind == ParameterKind.Value && AllowTemplate;
}
