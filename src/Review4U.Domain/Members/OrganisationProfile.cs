namespace Review4U.Domain.Members;

/// <summary>What describes a member organisation, as one value so create and update check it the same way.</summary>
public sealed record OrganisationProfile(
    string Name,
    OrganisationType Type,
    string Country,
    IReadOnlyList<string> ThematicAreas,
    IReadOnlyList<string> Services);
