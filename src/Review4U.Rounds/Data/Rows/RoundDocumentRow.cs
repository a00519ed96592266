namespace Review4U.Rounds.Data.Rows;

/// <summary>A compiled submission of a round (<c>rounds.documents</c>): the DOCX and the HTML, with their hash.</summary>
public sealed class RoundDocumentRow
{
    public Guid BodyId { get; set; }
    public Guid RoundId { get; set; }
    /// <summary><c>docx</c> or <c>html</c>.</summary>
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
