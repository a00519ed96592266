namespace Review4U.FollowUp.Data.Rows;

/// <summary>An activity of a plan version: a meeting, a working-group task, a policy brief… with dates and an owner.</summary>
public sealed class PlanActivityRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid PlanId { get; set; }
    /// <summary>Unique within the plan (<c>A1</c>, <c>sc-jan</c>).</summary>
    public required string Key { get; set; }
    /// <summary>One of <see cref="Model.ActivityKinds"/>.</summary>
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public Guid OwnerContactId { get; set; }
    public required string OwnerName { get; set; }
    public required string OwnerEmail { get; set; }
    public required string OwnerLanguage { get; set; }
    /// <summary>Days before the start on which the owner is reminded.</summary>
    public List<int> ReminderDays { get; set; } = [14, 2];
    /// <summary><c>planned</c> until the plan is approved, then <c>scheduled</c>.</summary>
    public required string Status { get; set; }
}
