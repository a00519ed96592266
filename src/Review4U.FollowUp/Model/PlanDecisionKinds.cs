namespace Review4U.FollowUp.Model;

public static class PlanDecisionKinds
{
    public const string Comment = "comment";
    public const string Approve = "approve";
    public const string Reject = "reject";
}
