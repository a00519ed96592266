namespace Review4U.Workflows.Validation;

/// <summary>The top-level names templates can read, and what each offers.</summary>
public static class ScopeNames
{
    public const string Inputs = "inputs";
    public const string Vars = "vars";
    public const string Steps = "steps";
    public const string Item = "item";
    public const string Event = "event";
    public const string Now = "now";
    public const string Instance = "instance";

    /// <summary>The body a per-body cron trigger fires for; only in that trigger's inputs.</summary>
    public const string Body = "body";

    public static IReadOnlyList<string> Roots { get; } = [Inputs, Vars, Steps, Event, Now, Instance];

    public static IReadOnlyList<string> InstanceMembers { get; } = ["id", "workflowId", "workflowVersion", "bodyId"];

    /// <summary>
    /// What <c>body.*</c> offers; <c>facts</c> holds what modules tell about each body (<c>ITriggerBodyFacts</c>), known
    /// only at run time, so its members are not checked here.
    /// </summary>
    public static IReadOnlyList<string> BodyMembers { get; } = ["id", "code", "name", "kind", "timeZone", "facts"];
}
