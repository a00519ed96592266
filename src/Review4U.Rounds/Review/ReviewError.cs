namespace Review4U.Rounds.Review;

/// <summary>Why a reviewer's action was refused; nothing was written. The review page shows each as a clear page.</summary>
public enum ReviewError
{
    None,
    /// <summary>The link was never issued (or is mistyped).</summary>
    UnknownToken,
    /// <summary>The link expired: a fresh one can be sent for the same review task.</summary>
    ExpiredToken,
    /// <summary>The link is not a review link of this round (another round's, or a member's task link).</summary>
    WrongLink,
    /// <summary>The link has served: the review is over (approved, rejected, or the round moved on).</summary>
    ReviewClosed,
    /// <summary>A bad value: an empty comment, an unknown question, an unknown decision.</summary>
    Invalid,
}
