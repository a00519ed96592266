namespace Review4U.Rounds.Answers;

/// <summary>
/// The outcome of a member's action. <see cref="Language"/> is the contact's page language (their own, else the
/// body's default) whenever the link told who they are, so even an error page speaks it; null for an unknown link.
/// </summary>
public sealed record AnswerResult(AnswerError Error, string Message)
{
    public static AnswerResult Ok { get; } = new(AnswerError.None, "");

    public bool Succeeded => Error == AnswerError.None;

    public string? Language { get; init; }

    public static AnswerResult Fail(AnswerError error, string message) => new(error, message);
}
