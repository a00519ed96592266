namespace Review4U.Rounds;

/// <summary>Configuration of the rounds module (section <c>Rounds</c>).</summary>
public sealed class RoundsOptions
{
    /// <summary>PostgreSQL connection string of the database holding the <c>rounds</c>, <c>review4u</c> and <c>email</c> schemas.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Folder of questionnaire YAML files (the repository's <c>workflows/questionnaires</c>).</summary>
    public string QuestionnairesPath { get; set; } = "workflows/questionnaires";

    /// <summary>How long after delivery the government focal point is reminded to acknowledge.</summary>
    public TimeSpan AcknowledgementReminderAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long before the review deadline reviewers who have not decided are reminded (rounds with a review period only).</summary>
    public TimeSpan ReviewReminderBefore { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a reviewer's link lasts (before the grace) when the round has no review deadline.</summary>
    public TimeSpan ReviewLinkPeriod { get; set; } = TimeSpan.FromDays(30);
}
