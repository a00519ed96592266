namespace Review4U.Rounds.Model;

/// <summary>What a Steering Committee reviewer may record on a round's draft.</summary>
public static class ReviewDecisionKinds
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Comment = "comment";
    public const string ProposedEdit = "proposed-edit";

    public static IReadOnlyList<string> All { get; } = [Approve, Reject, Comment, ProposedEdit];
}
