namespace Review4U.Rounds.Data.Rows;

/// <summary>The current answer of a task to one question (<c>rounds.answers</c>); earlier versions are in <see cref="AnswerVersionRow"/>.</summary>
public sealed class AnswerRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RoundId { get; set; }
    public Guid TaskId { get; set; }
    public required string QuestionId { get; set; }
    public string? Text { get; set; }
    public List<string> Choices { get; set; } = [];
    /// <summary><c>draft</c> or <c>submitted</c>.</summary>
    public required string Status { get; set; }
    public int Version { get; set; }
    public Guid ContactId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
