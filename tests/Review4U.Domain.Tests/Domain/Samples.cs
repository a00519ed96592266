using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Domain.Tests.Domain;

/// <summary>Small builders for bodies and members used across the tests.</summary>
internal static class Samples
{
    public static readonly DateOnly Founded = new(2023, 6, 15);

    public static Body Alliance(string code = "NACSA-KE") => Body.Create(new BodyProfile(
        code, "Kenya Civil Society Alliance", BodyKind.NationalAlliance, "KE", null, [], "Africa/Nairobi",
        ["en"], "en", Establishment.VpiContext, Founded));

    public static Body Network(string code = "NET4U-AF") => Body.Create(new BodyProfile(
        code, "NET4U Africa", BodyKind.RegionalNetwork, null, "Africa", ["KE", "NG", "SN", "MA"], "Africa/Nairobi",
        ["en", "fr", "ar"], "en", Establishment.OwnInitiative, Founded));

    public static MemberOrganisation Organisation(string name, string country = "KE", string[]? areas = null, params (string Name, string Email, Gender? Gender)[] contacts)
    {
        var organisation = MemberOrganisation.Create(
            OrganisationKey.Derive(name, country),
            new OrganisationProfile(name, OrganisationType.Ngo, country, areas ?? ["trafficking-in-persons"], ["advocacy"]));
        var position = 1;
        foreach (var (contactName, email, gender) in contacts)
        {
            organisation.UpsertContact(new ContactDetails(contactName, email, "en", gender), position++);
        }

        return organisation;
    }

    public static RoleHolder Holder(MemberOrganisation organisation, int contact = 0) =>
        RoleHolder.Member(organisation.Id, organisation.Contacts[contact].Id);
}
