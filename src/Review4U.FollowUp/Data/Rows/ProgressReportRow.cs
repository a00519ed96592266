namespace Review4U.FollowUp.Data.Rows;

/// <summary>A quarter's progress report (DOCX and HTML), unique per (body, quarter), delivered once.</summary>
public sealed class ProgressReportRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    /// <summary><c>yyyy-Qn</c>.</summary>
    public required string Quarter { get; set; }
    public DateOnly AsOf { get; set; }
    public required byte[] Docx { get; set; }
    public required byte[] Html { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
