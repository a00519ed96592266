using Review4U.Domain.Vocabulary;

namespace Review4U.Domain.Members;

/// <summary>A person at a member organisation who receives the body's emails, in their preferred language.</summary>
public sealed class Contact
{
    private Contact()
    {
        Name = "";
        Email = "";
        PreferredLanguage = "";
    }

    internal Contact(Guid organisationId, int position, string name, string email, string preferredLanguage, Gender? gender)
        : this()
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Position = position;
        Email = EmailAddresses.Normalise(email);
        Apply(name, preferredLanguage, gender, position);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>Order within the organisation: the first contact is the main one, and exports keep the order.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; }

    /// <summary>Lower-cased; unique across the installation, so an inbound email maps to one contact.</summary>
    public string Email { get; private set; }

    public string PreferredLanguage { get; private set; }

    public Gender? Gender { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Applies new details; returns whether anything changed.</summary>
    internal bool Apply(string name, string preferredLanguage, Gender? gender, int position)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException($"The contact {Email} needs a name.");
        }

        if (!Languages.IsKnown(preferredLanguage))
        {
            throw new DomainRuleException(
                $"\"{preferredLanguage}\" is not a supported language (expected one of {string.Join(", ", Languages.All)}).");
        }

        var changed = Name != name.Trim() || PreferredLanguage != preferredLanguage || Gender != gender || Position != position;
        Name = name.Trim();
        PreferredLanguage = preferredLanguage;
        Gender = gender;
        Position = position;
        return changed;
    }
}
