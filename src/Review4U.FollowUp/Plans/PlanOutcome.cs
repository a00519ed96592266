namespace Review4U.FollowUp.Plans;

/// <summary>Where the review of a plan version stands: each reviewer's latest vote counts.</summary>
public sealed record PlanOutcome(int Reviewers, int Approvals, int Rejections, int Quorum)
{
    public bool Approved => Approvals >= Quorum;

    /// <summary>Rejected once the approvals still possible cannot reach the quorum.</summary>
    public bool Rejected => !Approved && Reviewers - Rejections < Quorum;

    public string? Decision => Approved ? "approved" : Rejected ? "rejected" : null;
}
