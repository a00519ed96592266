namespace Review4U.Workflows.Definitions;

/// <summary>
/// A cron trigger's <c>when:</c>: a Liquid condition (as inside <c>{% if … %}</c>) evaluated at each occurrence, with
/// <c>now</c> the occurrence and, per body, <c>body.*</c>; false skips that occurrence without starting an instance.
/// </summary>
public sealed record TriggerCondition(string Text, SourceLocation Location);
