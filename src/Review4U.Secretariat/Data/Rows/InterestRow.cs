namespace Review4U.Secretariat.Data.Rows;

/// <summary>An organisation's expression of interest in serving as Secretariat: one per organisation and renewal, editable until the deadline.</summary>
public sealed class InterestRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RenewalId { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>The contact proposed as Coordinator.</summary>
    public Guid ContactId { get; set; }
    public required string Motivation { get; set; }
    /// <summary><c>link</c> or <c>email</c>: how the latest version arrived.</summary>
    public required string Source { get; set; }
    /// <summary>1 for the first submission, +1 per edit: keys the receipt email of each version.</summary>
    public int Revision { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
