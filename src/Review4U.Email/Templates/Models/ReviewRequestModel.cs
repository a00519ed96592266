namespace Review4U.Email.Templates.Models;

/// <summary>
/// A Steering Committee member (or the coordinator) is asked to review a round's compiled draft: the DOCX is
/// attached, <see cref="DraftUrl"/> shows it as HTML, <see cref="ReviewUrl"/> opens the review page. The same
/// template reminds reviewers who have not decided before the review deadline (<see cref="IsReminder"/>).
/// </summary>
public sealed record ReviewRequestModel : EmailModel
{
    public required string RoundTitle { get; init; }
    public required int ContributorCount { get; init; }
    public required int Quorum { get; init; }
    public required Uri ReviewUrl { get; init; }
    public required Uri DraftUrl { get; init; }
    public required string DocumentName { get; init; }
    /// <summary>Null when the round set no review period (templates test <c>has_review_deadline</c>: a null is an undefined variable).</summary>
    public DateTimeOffset? ReviewDeadline { get; init; }
    public bool HasReviewDeadline => ReviewDeadline is not null;
    public bool IsReminder { get; init; }
}
