namespace Review4U.FollowUp.Data.Rows;

/// <summary>One version of a body's annual activity plan (<c>followup.plans</c>), unique per (body, year, version).</summary>
public sealed class PlanRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    /// <summary>One of <see cref="Model.PlanStatuses"/>.</summary>
    public required string Status { get; set; }
    /// <summary>Steering Committee approvals needed.</summary>
    public int Quorum { get; set; }
    public DateTimeOffset DraftedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? WorkflowInstanceId { get; set; }
}
