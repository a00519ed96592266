namespace Review4U.FollowUp.Data.Rows;

/// <summary>A status request of one round for one commitment, to its owner; its id is the magic link's task id.</summary>
public sealed class StatusRequestRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RoundId { get; set; }
    public Guid CommitmentId { get; set; }
    public Guid ContactId { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    public required string Language { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
