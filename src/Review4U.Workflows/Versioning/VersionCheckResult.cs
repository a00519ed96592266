using Review4U.Workflows.Validation;

namespace Review4U.Workflows.Versioning;

/// <summary>The outcome, and the error to report when the outcome is one (<see cref="IsError"/>).</summary>
public sealed record VersionCheckResult(VersionCheckOutcome Outcome, DefinitionDiagnostic? Error)
{
    public bool IsError => Error is not null;

    /// <summary>True when the runtime should store this (id, version, hash).</summary>
    public bool ShouldStore => Outcome is VersionCheckOutcome.NewWorkflow or VersionCheckOutcome.NewVersion;
}
