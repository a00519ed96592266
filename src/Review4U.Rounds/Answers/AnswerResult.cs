namespace Review4U.Rounds.Answers;

public sealed record AnswerResult(AnswerError Error, string Message)
{
    public static AnswerResult Ok { get; } = new(AnswerError.None, "");

    public bool Succeeded => Error == AnswerError.None;

    public static AnswerResult Fail(AnswerError error, string message) => new(error, message);
}
