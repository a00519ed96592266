namespace Review4U.Documents.Submissions;

public enum AttributionMode
{
    /// <summary>Contributions carry the organisation's name.</summary>
    Named,

    /// <summary>Contributions carry "Organisation A, B, …", assigned in a deterministic order.</summary>
    Anonymised,
}
