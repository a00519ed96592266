namespace Review4U.Domain.Members;

/// <summary>An organisation's membership of one body, from the day it joined (to the day it left).</summary>
public sealed class Membership
{
    private Membership() { }

    internal Membership(Guid bodyId, Guid organisationId, DateOnly joinedOn)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        OrganisationId = organisationId;
        JoinedOn = joinedOn;
    }

    public Guid Id { get; private set; }

    public Guid BodyId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public bool IsActiveOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || day < LeftOn);

    internal void Leave(DateOnly on)
    {
        if (LeftOn is not null)
        {
            throw new DomainRuleException($"The organisation already left on {LeftOn:yyyy-MM-dd}.");
        }

        if (on < JoinedOn)
        {
            throw new DomainRuleException($"An organisation cannot leave ({on:yyyy-MM-dd}) before it joined ({JoinedOn:yyyy-MM-dd}).");
        }

        LeftOn = on;
    }
}
