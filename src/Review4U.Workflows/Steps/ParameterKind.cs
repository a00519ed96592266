namespace Review4U.Workflows.Steps;

/// <summary>How a parameter's text is read.</summary>
public enum ParameterKind
{
    /// <summary>A literal, or a template containing <c>{{ … }}</c> rendered then converted to the declared type.</summary>
    Value,
    /// <summary>A Liquid condition (what goes inside <c>{% if … %}</c>), evaluated to a bool.</summary>
    Condition,
    /// <summary>A Liquid expression (e.g. <c>inputs.members</c>) whose value is taken as is, not rendered to text.</summary>
    Expression,
}
