using System.Globalization;
using Review4U.Domain.Bodies;
using Review4U.Domain.Members;
using Review4U.Domain.Vocabulary;

namespace Review4U.Data.Members;

/// <summary>
/// Checks every organisation of a file against the vocabulary and the body, and the file against itself
/// (no key or email twice). It reports every problem it finds, so one run lists everything to fix.
/// </summary>
public sealed class MemberFileValidator(string fileName, Body body)
{
    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _emails = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public IReadOnlyList<ValidatedOrganisation> Validate(IEnumerable<SourceOrganisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var valid = new List<ValidatedOrganisation>();
        foreach (var organisation in organisations)
        {
            var before = _problems.Count;
            var result = ValidateOne(organisation);
            if (result is not null && _problems.Count == before)
            {
                valid.Add(result);
            }
        }

        return valid;
    }

    private ValidatedOrganisation? ValidateOne(SourceOrganisation o)
    {
        if (o.Name.IsEmpty)
        {
            Add(o.Name, "is required");
        }

        var type = OrganisationType.Other;
        if (o.Type.IsEmpty)
        {
            Add(o.Type, $"is required ({Expected(OrganisationTypes.Codes)})");
        }
        else if (!OrganisationTypes.TryParse(o.Type.Value, out type))
        {
            Add(o.Type, $"\"{o.Type.Value}\" is not an organisation type ({Expected(OrganisationTypes.Codes)})");
        }

        var countryOk = CheckCountry(o.Country);
        CheckCodes(o.ThematicAreas, ThematicAreas.All, "a thematic area", required: true);
        CheckCodes(o.Services, MemberServices.All, "a service", required: false);
        var key = CheckKey(o, countryOk);
        var contacts = CheckContacts(o);
        return key is null
            ? null
            : new ValidatedOrganisation(o.Line, key, new OrganisationProfile(o.Name.Value, type, o.Country.Value, o.ThematicAreas.Items, o.Services.Items), contacts);
    }

    private bool CheckCountry(SourceField country)
    {
        if (country.IsEmpty)
        {
            Add(country, "is required (an ISO 3166-1 alpha-2 code such as KE)");
            return false;
        }

        if (!Countries.IsKnown(country.Value))
        {
            Add(country, $"\"{country.Value}\" is not an ISO 3166-1 alpha-2 country code (upper-case, such as KE)");
            return false;
        }

        if (!body.MemberCountries.Contains(country.Value))
        {
            Add(country, $"\"{country.Value}\" is not one of {body.Code}'s countries ({string.Join(", ", body.MemberCountries)})");
            return false;
        }

        return true;
    }

    private void CheckCodes(SourceList list, IReadOnlyList<string> known, string what, bool required)
    {
        if (required && list.Items.Count == 0)
        {
            _problems.Add(new ImportProblem(fileName, list.Line, list.Column, $"is required: at least one of {string.Join(", ", known)}"));
        }

        foreach (var item in list.Items.Where(i => !known.Contains(i)))
        {
            _problems.Add(new ImportProblem(fileName, list.Line, list.Column, $"\"{item}\" is not {what} (expected {string.Join(", ", known)})"));
        }
    }

    private string? CheckKey(SourceOrganisation o, bool countryOk)
    {
        string key;
        SourceField at;
        if (!o.Key.IsEmpty)
        {
            if (!OrganisationKey.IsValid(o.Key.Value))
            {
                Add(o.Key, $"\"{o.Key.Value}\" is not a key (lower-case letters and digits joined by single dashes, at most {OrganisationKey.MaxLength})");
                return null;
            }

            (key, at) = (o.Key.Value, o.Key);
        }
        else
        {
            if (o.Name.IsEmpty || !countryOk)
            {
                return null;
            }

            (key, at) = (OrganisationKey.Derive(o.Name.Value, o.Country.Value), o.Name);
        }

        if (_keys.TryGetValue(key, out var firstLine))
        {
            Add(at, string.Create(CultureInfo.InvariantCulture, $"the same organisation (key \"{key}\") is already on line {firstLine}"));
            return null;
        }

        _keys[key] = o.Line;
        return key;
    }

    private List<(ContactDetails, SourceField)> CheckContacts(SourceOrganisation o)
    {
        var contacts = new List<(ContactDetails, SourceField)>();
        if (o.Contacts.Count == 0)
        {
            _problems.Add(new ImportProblem(fileName, o.Line, o.ContactsColumn, "at least one contact is required"));
        }

        foreach (var c in o.Contacts)
        {
            if (c.Name.IsEmpty)
            {
                Add(c.Name, "is required");
            }

            var emailOk = false;
            if (c.Email.IsEmpty)
            {
                Add(c.Email, "is required");
            }
            else if (!EmailAddresses.IsValid(c.Email.Value))
            {
                Add(c.Email, $"\"{c.Email.Value}\" is not an email address");
            }
            else if (_emails.TryGetValue(EmailAddresses.Normalise(c.Email.Value), out var firstLine))
            {
                Add(c.Email, string.Create(CultureInfo.InvariantCulture, $"\"{c.Email.Value}\" is already used on line {firstLine}"));
            }
            else
            {
                _emails[EmailAddresses.Normalise(c.Email.Value)] = c.Email.Line;
                emailOk = true;
            }

            var language = c.Language.IsEmpty ? body.DefaultLanguage : c.Language.Value;
            var languageOk = Languages.IsKnown(language);
            if (!languageOk)
            {
                Add(c.Language, $"\"{c.Language.Value}\" is not a language code ({Expected(Languages.All)})");
            }

            Gender? gender = null;
            if (!c.Gender.IsEmpty)
            {
                if (Genders.TryParse(c.Gender.Value, out var parsed))
                {
                    gender = parsed;
                }
                else
                {
                    Add(c.Gender, $"\"{c.Gender.Value}\" is not a gender ({Expected(Genders.Codes)}, or empty when not declared)");
                }
            }

            if (emailOk && languageOk && !c.Name.IsEmpty)
            {
                contacts.Add((new ContactDetails(c.Name.Value, c.Email.Value, language, gender), c.Email));
            }
        }

        return contacts;
    }

    private void Add(SourceField field, string message) => _problems.Add(new ImportProblem(fileName, field.Line, field.Column, message));

    private static string Expected(IReadOnlyList<string> codes) =>
        "expected " + string.Join(", ", codes.Take(codes.Count - 1)) + " or " + codes[^1];
}
