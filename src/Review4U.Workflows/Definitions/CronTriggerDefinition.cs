namespace Review4U.Workflows.Definitions;

/// <summary>
/// A recurring trigger: <see cref="Cron"/> in Cronos syntax (5 fields, or 6 with seconds when <see cref="IncludesSeconds"/>),
/// evaluated in <see cref="TimeZone"/> (IANA id) so occurrences follow its daylight saving.
/// With <see cref="ForEachBody"/>, it fires once per selected body and occurrence; without <see cref="TimeZone"/> each
/// body's occurrences are then counted in the body's own zone.
/// </summary>
public sealed record CronTriggerDefinition(
    string Id,
    string Cron,
    bool IncludesSeconds,
    string? TimeZone,
    MapParameterValue Inputs,
    SourceLocation Location)
    : TriggerDefinition(Id, Inputs, Location)
{
    public override TriggerKind Kind => TriggerKind.Cron;

    /// <summary>The bodies this trigger starts an instance for (one each per occurrence); null: one instance per occurrence.</summary>
    public BodySelection? ForEachBody { get; init; }

    /// <summary>Starts an instance only for the occurrences (and bodies) where this condition holds; null: always.</summary>
    public TriggerCondition? When { get; init; }
}
