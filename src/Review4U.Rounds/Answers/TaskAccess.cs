using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Answers;

/// <summary>What a valid link opens: the round, the organisation's task, and the contact using it (with their page language: their own, else the body's).</summary>
public sealed record TaskAccess(RoundRow Round, RoundTaskRow Task, Guid ContactId, string ContactName, string Language)
{
    /// <summary>The task's answers by question id when the access check loaded them for an edit (read in its transaction); else null.</summary>
    internal IReadOnlyDictionary<string, AnswerRow>? LoadedAnswers { get; init; }
}
