namespace Review4U.Secretariat.Renewals;

/// <summary>The event that wakes a renewal's waiting step (a vote, an interest, a decision from the CLI), keyed by renewal.</summary>
public static class RenewalEvents
{
    public const string Changed = "secretariat.renewal-changed";

    public static string Key(Guid renewalId) => renewalId.ToString("N");
}
