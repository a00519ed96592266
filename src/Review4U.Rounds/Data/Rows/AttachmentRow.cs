namespace Review4U.Rounds.Data.Rows;

/// <summary>A file attached to a task's answer to one question (<c>rounds.attachments</c>, bytes in PostgreSQL).</summary>
public sealed class AttachmentRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid TaskId { get; set; }
    public required string QuestionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public long SizeBytes { get; set; }
    public Guid ContactId { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
