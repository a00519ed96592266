namespace Review4U.Secretariat;

/// <summary>Configuration of the secretariat module (section <c>Secretariat</c>).</summary>
public sealed class SecretariatOptions
{
    /// <summary>PostgreSQL connection string of the database holding the <c>secretariat</c>, <c>review4u</c>, <c>rounds</c> and <c>email</c> schemas.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The platform admin told when a term ends undecided (empty: the Steering Committee only).</summary>
    public string AdminEmail { get; set; } = "";

    public string AdminName { get; set; } = "Platform admin";

    /// <summary>A renewal opens when the term's end is this many days away (or fewer).</summary>
    public int OpenDaysBeforeEnd { get; set; } = 60;

    /// <summary>Reminders to the Steering Committee, in days before the term's end.</summary>
    public IList<int> ReminderDays { get; set; } = [60, 30, 7];

    /// <summary>Expressions of interest close this many days before the term's end; then the Steering Committee decides.</summary>
    public int InterestDaysBeforeEnd { get; set; } = 30;

    /// <summary>Members always get at least this long to express interest (a renewal opened late).</summary>
    public TimeSpan MinimumInterestWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Local time of day (in the body's zone) at which dated emails go out: reminders, deadlines, escalations.</summary>
    public TimeOnly LocalSendTime { get; set; } = new(9, 0);

    /// <summary>After an undecided term end, the escalation repeats at this interval until a decision.</summary>
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long decision links stay valid after the term's end (escalations carry fresh ones).</summary>
    public TimeSpan DecisionLinkGrace { get; set; } = TimeSpan.FromDays(30);
}
