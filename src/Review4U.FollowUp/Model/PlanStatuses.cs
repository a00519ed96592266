namespace Review4U.FollowUp.Model;

/// <summary>The life of a plan version: drafted, in review, then approved or rejected (a new version follows).</summary>
public static class PlanStatuses
{
    public const string Draft = "draft";
    public const string InReview = "in-review";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}
