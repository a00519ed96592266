namespace Review4U.Workflows.Steps;

/// <summary>Names a step type as written in YAML (<c>type: sendEmail</c>). Put it on the step class (or a built-in's parameters record).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StepTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; init; } = "";

    /// <summary>The outcomes a completed execution may report (<see cref="StepCompleted.Outcome"/>), for docs and validation.</summary>
    public string[] Outcomes { get; init; } = [];
}
