namespace Review4U.Workflows.Definitions;

/// <summary>
/// Which bodies a per-body cron trigger starts an instance for (<c>forEachBody:</c> in YAML): national alliances,
/// regional networks, or both. The engine knows bodies only through <see cref="Triggers.ITriggerBodies"/>.
/// </summary>
public enum BodySelection
{
    Alliance,
    Network,
    All,
}
