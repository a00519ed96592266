namespace Review4U.Workflows.Definitions;

/// <summary>
/// A raw value from the YAML file, kept with its location so binding and validation can point at it.
/// Templates are not rendered here: rendering happens per execution against an expression scope.
/// </summary>
public abstract record ParameterValue(SourceLocation Location)
{
    /// <summary>The value as plain CLR data: string (or null), list of object, or dictionary of string to object.</summary>
    public abstract object? ToPlainValue();
}
