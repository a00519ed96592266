namespace Review4U.FollowUp.Data.Rows;

/// <summary>A measurable indicator of a commitment; values are free text ("12 shelters", "draft law tabled").</summary>
public sealed class IndicatorRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid CommitmentId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public string? Current { get; set; }
}
