namespace Review4U.Workflows.Triggers;

/// <summary>
/// A body as a per-body trigger sees it. <see cref="Kind"/> is <c>alliance</c> or <c>network</c>;
/// <see cref="TimeZone"/> is an IANA id in which the body's cron occurrences are counted.
/// </summary>
public sealed record TriggerBody(Guid Id, string Code, string Name, string Kind, string TimeZone)
{
    private static readonly IReadOnlyDictionary<string, object?> NoFacts = new Dictionary<string, object?>();

    /// <summary>What modules tell about the body (<see cref="ITriggerBodyFacts"/>), read as <c>body.facts.*</c>.</summary>
    public IReadOnlyDictionary<string, object?> Facts { get; init; } = NoFacts;
}
