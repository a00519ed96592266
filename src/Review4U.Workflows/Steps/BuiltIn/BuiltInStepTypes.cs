namespace Review4U.Workflows.Steps.BuiltIn;

/// <summary>The control-flow types the runtime interprets itself (no <see cref="IStep"/> class), and their parameters records.</summary>
public static class BuiltInStepTypes
{
    public const string If = "if";
    public const string Switch = "switch";
    public const string ForEach = "forEach";
    public const string Parallel = "parallel";
    public const string Delay = "delay";
    public const string WaitEvent = "waitEvent";
    public const string Workflow = "workflow";
    public const string SetVariable = "setVariable";
    public const string Log = "log";

    public static IReadOnlyList<Type> ParameterRecords { get; } =
    [
        typeof(IfParameters),
        typeof(SwitchParameters),
        typeof(ForEachParameters),
        typeof(ParallelParameters),
        typeof(DelayParameters),
        typeof(WaitEventParameters),
        typeof(WorkflowParameters),
        typeof(SetVariableParameters),
        typeof(LogParameters),
    ];
}
