namespace Review4U.Workflows.Steps.BuiltIn;

/// <summary>The level of a <c>log</c> step's message.</summary>
public enum LogLevelName
{
    Info,
    Warning,
    Error,
}
