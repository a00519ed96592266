namespace Review4U.Rounds.Review;

/// <summary>Where a round's review stands: approvals and rejections counted (each reviewer's latest vote), against the quorum.</summary>
public sealed record ReviewOutcome(int Reviewers, int Approvals, int Rejections, int Quorum)
{
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    /// <summary><c>approved</c> once approvals reach the quorum; <c>rejected</c> once the quorum can no longer be reached; else null.</summary>
    public string? Decision =>
        Approvals >= Quorum ? Approved
        : Reviewers - Rejections < Quorum ? Rejected
        : null;
}
