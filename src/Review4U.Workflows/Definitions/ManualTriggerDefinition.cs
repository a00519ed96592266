namespace Review4U.Workflows.Definitions;

/// <summary>Started from the CLI or the API with inputs given by the caller (trigger inputs act as defaults).</summary>
public sealed record ManualTriggerDefinition(string Id, MapParameterValue Inputs, SourceLocation Location)
    : TriggerDefinition(Id, Inputs, Location)
{
    public override TriggerKind Kind => TriggerKind.Manual;
}
