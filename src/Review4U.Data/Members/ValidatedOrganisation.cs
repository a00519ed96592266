using Review4U.Domain.Members;

namespace Review4U.Data.Members;

/// <summary>An organisation from a file that passed every check, ready to be written.</summary>
public sealed record ValidatedOrganisation(int Line, string Key, OrganisationProfile Profile, IReadOnlyList<(ContactDetails Details, SourceField Email)> Contacts);
