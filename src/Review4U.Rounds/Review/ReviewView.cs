using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Review;

/// <summary>Everything the review page shows: the round, the reviewer, the draft's questions, their own decisions so far and the tally.</summary>
public sealed record ReviewView(
    RoundRow Round,
    ReviewTaskRow Reviewer,
    string Language,
    IReadOnlyList<(string Id, string Text)> Questions,
    IReadOnlyList<ReviewDecisionRow> MyDecisions,
    ReviewOutcome Outcome);
