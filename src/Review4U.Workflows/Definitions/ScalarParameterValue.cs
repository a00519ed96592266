namespace Review4U.Workflows.Definitions;

/// <summary>A YAML scalar. <see cref="Text"/> is null for a YAML null (<c>~</c>, <c>null</c> or empty, unquoted).</summary>
public sealed record ScalarParameterValue(string? Text, bool IsQuoted, SourceLocation Location) : ParameterValue(Location)
{
    /// <summary>True when the text contains a Liquid output or tag, so it is rendered per execution.</summary>
    public bool IsTemplate => Text is not null && (Text.Contains("{{", StringComparison.Ordinal) || Text.Contains("{%", StringComparison.Ordinal));

    public override object? ToPlainValue() => Text;
}
