namespace Review4U.Rounds.Data.Rows;

/// <summary>A contribution round (<c>rounds.rounds</c>): what is asked, of whom, until when, and how it is reviewed and delivered.</summary>
public sealed class RoundRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public required string Title { get; set; }
    public required string QuestionnaireId { get; set; }
    public int QuestionnaireVersion { get; set; }
    /// <summary>Empty: every section of the questionnaire.</summary>
    public List<string> SectionIds { get; set; } = [];
    /// <summary><c>all</c>, <c>area:X</c>, <c>group:ID</c> or <c>list:a@x,b@y</c> (see <c>RecipientRule</c>).</summary>
    public required string RecipientsRule { get; set; }
    public DateTimeOffset Deadline { get; set; }
    /// <summary>Days before the deadline on which reminders go out (default 7 and 2).</summary>
    public List<int> ReminderDays { get; set; } = [7, 2];
    public bool Escalation { get; set; } = true;
    /// <summary>Steering Committee approvals needed.</summary>
    public int Quorum { get; set; } = 1;
    /// <summary>Days the Steering Committee has once the review opens (null: no review deadline, so no review reminder).</summary>
    public int? ReviewDays { get; set; }
    /// <summary>Set when the review opens: opening time plus <see cref="ReviewDays"/>; reviewers who have not voted are reminded before it.</summary>
    public DateTimeOffset? ReviewDeadline { get; set; }
    /// <summary><c>named</c> or <c>anonymised</c>.</summary>
    public required string Attribution { get; set; }
    /// <summary>Language of the compiled submission.</summary>
    public required string Language { get; set; }
    public required string FocalPointName { get; set; }
    public required string FocalPointEmail { get; set; }
    public required string IdempotencyKey { get; set; }
    public Guid? WorkflowInstanceId { get; set; }
    /// <summary>One of <see cref="Model.RoundStatuses"/>.</summary>
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}
