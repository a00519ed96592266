namespace Review4U.Documents.Progress;

public enum CommitmentStatus
{
    OnTrack,
    AtRisk,
    Blocked,
    Done,
    /// <summary>Added after the first four: a commitment nobody has reported on yet (VPI follow-up).</summary>
    NotStarted,
}
