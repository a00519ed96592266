using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Answers;

/// <summary>What the compiled access query reads: the task, its round, the contact's name and language, and the task's answers when asked for.</summary>
internal sealed class AccessRow
{
    public required RoundTaskRow Task { get; init; }

    public required RoundRow Round { get; init; }

    public required string Name { get; init; }

    public required string Language { get; init; }

    public List<AnswerRow>? Answers { get; init; }
}
