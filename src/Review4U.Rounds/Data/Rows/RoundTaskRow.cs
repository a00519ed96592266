namespace Review4U.Rounds.Data.Rows;

/// <summary>One member organisation's task in a round (<c>rounds.tasks</c>), with the questions routed to it.</summary>
public sealed class RoundTaskRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RoundId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string OrganisationName { get; set; }
    public List<string> ThematicAreas { get; set; } = [];
    public List<string> QuestionIds { get; set; } = [];
    /// <summary>One of <see cref="Model.TaskStatuses"/>.</summary>
    public required string Status { get; set; }
    public string? DeclineReason { get; set; }
    public Guid? ForwardedToContactId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}
