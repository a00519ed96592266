namespace Review4U.Secretariat.Renewals;

/// <summary>What opening a renewal found: <see cref="Outcome"/> is one of the <c>secretariatRenewalOpen</c> step's outcomes.</summary>
public sealed record RenewalOpening(string Outcome, Guid? RenewalId, string Detail)
{
    public const string Opened = "opened";
    public const string Running = "running";
    public const string NotDue = "notDue";
    public const string NoTerm = "noTerm";
}
