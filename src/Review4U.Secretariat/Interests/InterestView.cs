namespace Review4U.Secretariat.Interests;

/// <summary>
/// The interest page: the member's organisation, its contacts (who could coordinate) and its interest so far;
/// <see cref="Language"/> is the reader's (their own when shipped, else the body's default, else English).
/// </summary>
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
    int Revision,
    string Language);
