using Review4U.Domain.Members;

namespace Review4U.Domain.Bodies;

public sealed partial class Body
{
    public Membership? MembershipOf(Guid organisationId) =>
        _memberships.Find(m => m.OrganisationId == organisationId && m.LeftOn is null);

    /// <summary>Admits the organisation; returns false when it already is a member (so a re-import changes nothing).</summary>
    public bool Admit(MemberOrganisation organisation, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (MembershipOf(organisation.Id) is not null)
        {
            return false;
        }

        if (!MemberCountries.Contains(organisation.Country))
        {
            throw new DomainRuleException(
                $"{organisation.Name} is in {organisation.Country}, which is not one of {Code}'s countries ({string.Join(", ", MemberCountries)}).");
        }

        _memberships.Add(new Membership(Id, organisation.Id, on));
        return true;
    }

    public void Release(Guid organisationId, DateOnly on)
    {
        var membership = MembershipOf(organisationId) ?? throw new DomainRuleException("The organisation is not a member.");
        membership.Leave(on);
    }

    public bool IsMemberOn(Guid organisationId, DateOnly day) =>
        _memberships.Exists(m => m.OrganisationId == organisationId && m.IsActiveOn(day));
}
