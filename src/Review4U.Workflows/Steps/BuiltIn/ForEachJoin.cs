namespace Review4U.Workflows.Steps.BuiltIn;

/// <summary>When a forEach completes.</summary>
public enum ForEachJoin
{
    /// <summary>When every branch has completed.</summary>
    All,
    /// <summary>When the first branch completes; the others are cancelled.</summary>
    Any,
    /// <summary>When <see cref="ForEachParameters.Quorum"/> branches have completed; the others are cancelled.</summary>
    Quorum,
}
