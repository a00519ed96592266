namespace Review4U.FollowUp.Data.Rows;

/// <summary>A Steering Committee member (or the coordinator) asked to review one plan version; the link's task id.</summary>
public sealed class PlanReviewerRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid PlanId { get; set; }
    public Guid ContactId { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    public required string Language { get; set; }
}
