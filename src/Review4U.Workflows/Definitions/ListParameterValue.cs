namespace Review4U.Workflows.Definitions;

/// <summary>A YAML sequence of values.</summary>
public sealed record ListParameterValue(IReadOnlyList<ParameterValue> Items, SourceLocation Location) : ParameterValue(Location)
{
    public override object? ToPlainValue() => Items.Select(item => item.ToPlainValue()).ToList();
}
