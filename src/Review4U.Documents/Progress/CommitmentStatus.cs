namespace Review4U.Documents.Progress;

public enum CommitmentStatus
{
    OnTrack,
    AtRisk,
    Blocked,
    Done,
}
