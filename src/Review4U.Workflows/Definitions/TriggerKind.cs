namespace Review4U.Workflows.Definitions;

/// <summary>What starts an instance.</summary>
public enum TriggerKind
{
    /// <summary>Started by hand: CLI or API.</summary>
    Manual,
    /// <summary>One instance per occurrence of a cron expression in a time zone.</summary>
    Cron,
    /// <summary>One instance per matching domain event.</summary>
    Event,
}
