namespace Review4U.Rounds.Review;

/// <summary>
/// The outcome of a reviewer's action. <see cref="Language"/> is the reviewer's language when the link told who they
/// are (so even an error page speaks it); null for an unknown link.
/// </summary>
public sealed record ReviewResult(ReviewError Error, string Message, string? Language = null)
{
    public static ReviewResult Ok { get; } = new(ReviewError.None, "");

    public bool Succeeded => Error == ReviewError.None;

    public static ReviewResult Fail(ReviewError error, string message, string? language = null) => new(error, message, language);
}
