using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Review4U.Domain.Vocabulary;

namespace Review4U.Domain.Bodies;

/// <summary>
/// A national alliance (NACSA4U) or regional network (NET4U): its profile, memberships and governance.
/// Governance rules are checked here, over the body's whole history, so a term can never overlap another.
/// </summary>
public sealed partial class Body
{
    private readonly List<Membership> _memberships = [];
    private readonly List<RoleAssignment> _roles = [];
    private readonly List<WorkingGroup> _workingGroups = [];
    private readonly List<SecretariatTerm> _secretariatTerms = [];
    private readonly List<GovernmentFocalPoint> _focalPoints = [];

    private Body()
    {
        Code = "";
        Name = "";
        TimeZoneId = "";
        DefaultLanguage = "";
        MemberCountries = [];
        Languages = [];
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public BodyKind Kind { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 of a national alliance; null for a network.</summary>
    public string? Country { get; private set; }

    /// <summary>A network's region (e.g. "Africa"); null for an alliance.</summary>
    public string? Region { get; private set; }

    /// <summary>A network's countries; an alliance's single country.</summary>
    public List<string> MemberCountries { get; private set; }

    /// <summary>IANA zone in which the body's days, deadlines and terms are counted.</summary>
    public string TimeZoneId { get; private set; }

    public List<string> Languages { get; private set; }

    public string DefaultLanguage { get; private set; }

    public Establishment Establishment { get; private set; }

    public DateOnly FoundedOn { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<Membership> Memberships => _memberships;

    public IReadOnlyList<RoleAssignment> Roles => _roles;

    public IReadOnlyList<WorkingGroup> WorkingGroups => _workingGroups;

    public IReadOnlyList<SecretariatTerm> SecretariatTerms => _secretariatTerms;

    public IReadOnlyList<GovernmentFocalPoint> FocalPoints => _focalPoints;

    public static Body Create(BodyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Validate(profile);
        var countries = profile.Kind == BodyKind.NationalAlliance
            ? [profile.Country!]
            : profile.MemberCountries.Distinct(StringComparer.Ordinal).ToList();
        return new Body
        {
            Id = Guid.CreateVersion7(),
            Code = profile.Code,
            Name = profile.Name.Trim(),
            Kind = profile.Kind,
            Country = profile.Kind == BodyKind.NationalAlliance ? profile.Country : null,
            Region = profile.Kind == BodyKind.RegionalNetwork ? profile.Region!.Trim() : null,
            MemberCountries = countries,
            TimeZoneId = profile.TimeZoneId,
            Languages = profile.Languages.Distinct(StringComparer.Ordinal).ToList(),
            DefaultLanguage = profile.DefaultLanguage,
            Establishment = profile.Establishment,
            FoundedOn = profile.FoundedOn,
        };
    }

    /// <summary>Today in the body's own time zone.</summary>
    public DateOnly Today(TimeProvider time) => TimeZones.Today(time, TimeZoneId);

    private static void Validate(BodyProfile p)
    {
        Require(BodyCodes.IsValid(p.Code), $"\"{p.Code}\" is not a body code (upper-case letters and digits in dash-separated parts, e.g. NACSA-KE).");
        Require(!string.IsNullOrWhiteSpace(p.Name), "A body needs a name.");
        if (p.Kind == BodyKind.NationalAlliance)
        {
            Require(p.Country is not null && Countries.IsKnown(p.Country), $"\"{p.Country}\" is not an ISO 3166-1 alpha-2 country code.");
        }
        else
        {
            Require(!string.IsNullOrWhiteSpace(p.Region), "A regional network needs a region.");
            Require(p.MemberCountries.Count > 0, "A regional network needs at least one member country.");
            var bad = p.MemberCountries.FirstOrDefault(c => !Countries.IsKnown(c));
            Require(bad is null, $"\"{bad}\" is not an ISO 3166-1 alpha-2 country code.");
        }

        Require(TimeZones.IsKnown(p.TimeZoneId), $"\"{p.TimeZoneId}\" is not an IANA time zone (e.g. Africa/Nairobi).");
        Require(p.Languages.Count > 0, "A body needs at least one language.");
        var badLanguage = p.Languages.FirstOrDefault(l => !Vocabulary.Languages.IsKnown(l));
        Require(badLanguage is null, $"\"{badLanguage}\" is not a supported language (expected one of {string.Join(", ", Vocabulary.Languages.All)}).");
        Require(p.Languages.Contains(p.DefaultLanguage), $"The default language \"{p.DefaultLanguage}\" is not one of the body's languages.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(message);
        }
    }
}
