namespace Review4U.Rounds.Launch;

/// <summary>What a coordinator gives to launch a round (CLI now, the web wizard later).</summary>
public sealed record RoundLaunchRequest
{
    public required string BodyCode { get; init; }
    public required string QuestionnaireId { get; init; }
    /// <summary>Empty: every section.</summary>
    public IReadOnlyList<string> SectionIds { get; init; } = [];
    public string Recipients { get; init; } = "all";
    public required DateTimeOffset Deadline { get; init; }
    public IReadOnlyList<int> ReminderDays { get; init; } = [7, 2];
    public bool Escalation { get; init; } = true;
    /// <summary><c>named</c> or <c>anonymised</c>.</summary>
    public string Attribution { get; init; } = "named";
    public int Quorum { get; init; } = 1;
    /// <summary>Days the Steering Committee has to review once the review opens; null: no review deadline.</summary>
    public int? ReviewDays { get; init; }
    /// <summary>Null: the body's default language.</summary>
    public string? Language { get; init; }
    /// <summary>Null: the round's title is made from the questionnaire's title and the deadline.</summary>
    public string? Title { get; init; }
    /// <summary>Null: a key made from body, questionnaire, sections and deadline, so the same launch twice starts one round.</summary>
    public string? IdempotencyKey { get; init; }
    /// <summary>Start the contribution-round workflow (false: create the round only, for tests of single steps).</summary>
    public bool StartWorkflow { get; init; } = true;
}
