namespace Review4U.Rounds.Progress;

/// <summary>Where a round stands: its status and deadline, each member's task, and each question's coverage.</summary>
public sealed record RoundProgress(
    Guid RoundId,
    string Title,
    string Status,
    DateTimeOffset Deadline,
    IReadOnlyList<MemberProgress> Members,
    IReadOnlyList<QuestionCoverage> Questions)
{
    /// <summary>The Steering Committee's review once it has opened (null before).</summary>
    public ReviewProgress? Review { get; init; }
}

/// <summary>Approvals and rejections counted (each reviewer's latest vote) against the quorum, and the review deadline if any.</summary>
public sealed record ReviewProgress(int Reviewers, int Approvals, int Rejections, int Quorum, DateTimeOffset? Deadline, string? Decision);

public sealed record MemberProgress(string Organisation, string Status, int QuestionsAsked, int QuestionsAnswered, string? DeclineReason);

/// <summary>How many organisations were asked a question and how many answered it (submitted tasks only).</summary>
public sealed record QuestionCoverage(string QuestionId, int Asked, int Answered)
{
    public double Percent => Asked == 0 ? 0 : 100.0 * Answered / Asked;
}
