namespace Review4U.Email.Templates.Models;

/// <summary>Tells a Steering Committee member which commitments are overdue, at risk or blocked this period.</summary>
public sealed record VpiEscalationModel : EmailModel
{
    public required string Period { get; init; }
    public required int ItemCount { get; init; }
    /// <summary>One line per item: key, title, owner, status, due date.</summary>
    public required string Items { get; init; }
}
