namespace Review4U.Rounds.Data.Rows;

/// <summary>Every saved version of an answer, kept until the round closes (<c>rounds.answer_versions</c>).</summary>
public sealed class AnswerVersionRow
{
    public Guid AnswerId { get; set; }
    public int Version { get; set; }
    public Guid BodyId { get; set; }
    public string? Text { get; set; }
    public List<string> Choices { get; set; } = [];
    public required string Status { get; set; }
    public Guid ContactId { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}
