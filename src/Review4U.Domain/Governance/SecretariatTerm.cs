namespace Review4U.Domain.Governance;

/// <summary>
/// The Secretariat is the coordinator's organisation, serving one renewable year. A renewal moves the end
/// by one year and is recorded, so the term keeps its history.
/// </summary>
public sealed class SecretariatTerm
{
    private readonly List<SecretariatRenewal> _renewals = [];

    private SecretariatTerm() { }

    internal SecretariatTerm(Guid bodyId, Guid organisationId, DateOnly startsOn)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        OrganisationId = organisationId;
        StartsOn = startsOn;
        EndsOn = startsOn.AddYears(1);
    }

    public Guid Id { get; private set; }

    public Guid BodyId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The first day after the term (half-open, like every term).</summary>
    public DateOnly EndsOn { get; private set; }

    public IReadOnlyList<SecretariatRenewal> Renewals => _renewals;

    public uint Version { get; private set; }

    public bool IsActiveOn(DateOnly day) => Terms.Covers(StartsOn, EndsOn, day);

    /// <summary>The end as it stood on <paramref name="day"/>: renewals made later had not moved it yet.</summary>
    public DateOnly EndsOnAsOf(DateOnly day) =>
        _renewals.Where(r => r.RenewedOn <= day).Select(r => r.NewEndsOn).DefaultIfEmpty(StartsOn.AddYears(1)).Max();

    public int RenewalsAsOf(DateOnly day) => _renewals.Count(r => r.RenewedOn <= day);

    /// <summary>Days from <paramref name="today"/> until the term ends, as it stood that day (1 on its last day).</summary>
    public int DaysToEnd(DateOnly today) => EndsOnAsOf(today).DayNumber - today.DayNumber;

    internal SecretariatRenewal Renew(DateOnly on)
    {
        if (on < StartsOn)
        {
            throw new DomainRuleException($"The term starts on {StartsOn:yyyy-MM-dd}; it cannot be renewed on {on:yyyy-MM-dd}.");
        }

        if (on >= EndsOn)
        {
            throw new DomainRuleException(
                $"The secretariat term ended on {EndsOn:yyyy-MM-dd}; an ended term cannot be renewed: start a new term.");
        }

        var renewal = new SecretariatRenewal(BodyId, Id, on, EndsOn, EndsOn.AddYears(1));
        EndsOn = renewal.NewEndsOn;
        _renewals.Add(renewal);
        return renewal;
    }
}
