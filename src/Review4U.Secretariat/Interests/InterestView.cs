namespace Review4U.Secretariat.Interests;

/// <summary>The interest page: the member's organisation, its contacts (who could coordinate) and its interest so far.</summary>
public sealed record InterestView(
    string BodyName,
    string SecretariatName,
    DateOnly TermEndsOn,
    DateTimeOffset Deadline,
    bool Open,
    string OrganisationName,
    IReadOnlyList<(Guid Id, string Name, string Email)> Contacts,
    Guid? ProposedContactId,
    string Motivation,
    int Revision);
