namespace Review4U.Domain.Bodies;

/// <summary>What a new body is created from. A national alliance has one country; a network has a region and its countries.</summary>
public sealed record BodyProfile(
    string Code,
    string Name,
    BodyKind Kind,
    string? Country,
    string? Region,
    IReadOnlyList<string> MemberCountries,
    string TimeZoneId,
    IReadOnlyList<string> Languages,
    string DefaultLanguage,
    Establishment Establishment,
    DateOnly FoundedOn);
