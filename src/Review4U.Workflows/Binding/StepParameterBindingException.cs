using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Binding;

/// <summary>A parameter could not be bound for an execution (a template failed or gave a value of the wrong type).</summary>
public sealed class StepParameterBindingException : Exception
{
    public StepParameterBindingException()
    {
    }

    public StepParameterBindingException(string message)
        : base(message)
    {
    }

    public StepParameterBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StepParameterBindingException(string stepId, string parameter, SourceLocation location, string problem, Exception? innerException = null)
        : base($"{location}: parameter '{parameter}' of step '{stepId}' {(problem.StartsWith('\'') ? problem : "— " + problem)}", innerException)
    {
        StepId = stepId;
        Parameter = parameter;
        Location = location;
    }

    public string StepId { get; } = "";

    public string Parameter { get; } = "";

    public SourceLocation Location { get; } = SourceLocation.None;
}
