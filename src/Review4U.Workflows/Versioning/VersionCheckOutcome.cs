namespace Review4U.Workflows.Versioning;

/// <summary>How a loaded file relates to the stored versions of its workflow.</summary>
public enum VersionCheckOutcome
{
    /// <summary>The same (id, version, hash) is stored already: nothing to do.</summary>
    Unchanged,
    /// <summary>No version of this id is stored: store it.</summary>
    NewWorkflow,
    /// <summary>A version above every stored one: store it; running instances keep their own version.</summary>
    NewVersion,
    /// <summary>Error: the file changed but its version did not.</summary>
    ChangedWithoutNewVersion,
    /// <summary>Error: the version is not stored and lower than the highest stored one.</summary>
    VersionBelowStored,
}
