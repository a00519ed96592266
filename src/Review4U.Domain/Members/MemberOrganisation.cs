using Review4U.Domain.Vocabulary;

namespace Review4U.Domain.Members;

/// <summary>
/// An NGO, academic institution or company working against organised crime. It is not owned by one body:
/// the same organisation may be a member of its national alliance and of its regional network
/// (see <see cref="Membership"/>, which carries the body id).
/// </summary>
public sealed class MemberOrganisation
{
    private readonly List<Contact> _contacts = [];

    private MemberOrganisation()
    {
        Key = "";
        Name = "";
        Country = "";
        ThematicAreas = [];
        Services = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The stable key re-imports match on (see <see cref="OrganisationKey"/>).</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }

    public OrganisationType Type { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private set; }

    public List<string> ThematicAreas { get; private set; }

    public List<string> Services { get; private set; }

    public IReadOnlyList<Contact> Contacts => _contacts;

    public uint Version { get; private set; }

    public static MemberOrganisation Create(string key, OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!OrganisationKey.IsValid(key))
        {
            throw new DomainRuleException(
                $"\"{key}\" is not a valid organisation key (lower-case letters, digits and single dashes, at most {OrganisationKey.MaxLength}).");
        }

        var organisation = new MemberOrganisation { Id = Guid.CreateVersion7(), Key = key };
        organisation.Update(profile);
        return organisation;
    }

    /// <summary>Applies a new profile; returns whether anything changed (a re-import of the same file changes nothing).</summary>
    public bool Update(OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Validate(profile);
        var areas = profile.ThematicAreas.Distinct(StringComparer.Ordinal).ToList();
        var services = profile.Services.Distinct(StringComparer.Ordinal).ToList();
        var changed = Name != profile.Name.Trim() || Type != profile.Type || Country != profile.Country
            || !ThematicAreas.SequenceEqual(areas, StringComparer.Ordinal) || !Services.SequenceEqual(services, StringComparer.Ordinal);
        if (changed)
        {
            Name = profile.Name.Trim();
            Type = profile.Type;
            Country = profile.Country;
            ThematicAreas = areas;
            Services = services;
        }

        return changed;
    }

    public Contact? FindContact(string email) =>
        _contacts.Find(c => c.Email == EmailAddresses.Normalise(email));

    /// <summary>Adds the contact or updates the one with the same email; position 1 is the main contact.</summary>
    public (Contact Contact, bool Created, bool Changed) UpsertContact(ContactDetails details, int position)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!EmailAddresses.IsValid(details.Email))
        {
            throw new DomainRuleException($"\"{details.Email}\" is not an email address.");
        }

        var existing = FindContact(details.Email);
        if (existing is not null)
        {
            return (existing, false, existing.Apply(details.Name, details.PreferredLanguage, details.Gender, position));
        }

        var contact = new Contact(Id, position, details.Name, details.Email, details.PreferredLanguage, details.Gender);
        _contacts.Add(contact);
        return (contact, true, true);
    }

    private static void Validate(OrganisationProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new DomainRuleException("An organisation needs a name.");
        }

        if (!Countries.IsKnown(profile.Country))
        {
            throw new DomainRuleException($"\"{profile.Country}\" is not an ISO 3166-1 alpha-2 country code.");
        }

        var unknownArea = profile.ThematicAreas.FirstOrDefault(a => !Vocabulary.ThematicAreas.IsKnown(a));
        if (unknownArea is not null)
        {
            throw new DomainRuleException($"\"{unknownArea}\" is not a thematic area.");
        }

        var unknownService = profile.Services.FirstOrDefault(s => !MemberServices.IsKnown(s));
        if (unknownService is not null)
        {
            throw new DomainRuleException($"\"{unknownService}\" is not a service.");
        }
    }
}
