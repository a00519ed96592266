namespace Review4U.FollowUp.Data.Rows;

/// <summary>
/// A VPI priority or one of its child items (<c>followup.commitments</c>), after Decidim's accountability results:
/// an owner, a due date, indicators, a status with a progress percentage and a timeline of updates.
/// </summary>
public sealed class CommitmentRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    /// <summary>The key in the VPI report (<c>P1</c>, <c>P1.2</c>): unique per body, what a re-import matches on.</summary>
    public required string Key { get; set; }
    public Guid? ParentId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>A thematic-area code, or null.</summary>
    public string? ThematicArea { get; set; }
    public Guid OwnerOrganisationId { get; set; }
    public Guid OwnerContactId { get; set; }
    public required string OwnerOrganisationName { get; set; }
    public required string OwnerName { get; set; }
    public required string OwnerEmail { get; set; }
    public required string OwnerLanguage { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>One of <see cref="Model.CommitmentStatuses"/>.</summary>
    public required string Status { get; set; }
    public int Progress { get; set; }
    public string? LastNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
