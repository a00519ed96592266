namespace Review4U.Workflows.Definitions;

/// <summary>Starts an instance for each domain event named <see cref="EventName"/> (e.g. <c>member.joined</c>).</summary>
public sealed record EventTriggerDefinition(string Id, string EventName, MapParameterValue Inputs, SourceLocation Location)
    : TriggerDefinition(Id, Inputs, Location)
{
    public override TriggerKind Kind => TriggerKind.Event;
}
