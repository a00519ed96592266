namespace Review4U.Data;

/// <summary>A contact of a body's current member organisation, flattened for the modules that write to members (rounds, email).</summary>
public sealed record MemberContact(
    Guid BodyId,
    Guid OrganisationId,
    string OrganisationKey,
    string OrganisationName,
    string Country,
    Guid ContactId,
    string Name,
    string Email,
    string PreferredLanguage,
    bool IsMainContact);
