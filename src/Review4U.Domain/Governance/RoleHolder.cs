namespace Review4U.Domain.Governance;

/// <summary>Who holds a role: a contact of a member organisation, or for the government observer a person from outside.</summary>
public sealed record RoleHolder(
    Guid? OrganisationId,
    Guid? ContactId,
    string? ExternalName,
    string? ExternalEmail,
    string? ExternalAffiliation)
{
    public static RoleHolder Member(Guid organisationId, Guid contactId) => new(organisationId, contactId, null, null, null);

    public static RoleHolder External(string name, string email, string affiliation) => new(null, null, name, email, affiliation);

    public bool IsMember => ContactId is not null;
}
