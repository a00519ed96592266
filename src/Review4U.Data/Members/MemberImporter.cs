using Microsoft.EntityFrameworkCore;
using Review4U.Domain;
using Review4U.Domain.Bodies;
using Review4U.Domain.Members;

namespace Review4U.Data.Members;

/// <summary>
/// Imports a body's member organisations from CSV or YAML, all or nothing: every problem of the file is
/// reported and nothing is written unless there are none. Organisations match on their key, contacts on
/// their email, so importing the same file again changes nothing. Nothing is deleted by an import.
/// </summary>
public sealed class MemberImporter(Review4UDbContext db, BodyStore bodies, TimeProvider time)
{
    public async Task<ImportResult> ImportFileAsync(string path, string bodyCode, bool dryRun, CancellationToken ct, DateOnly? joinedOn = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => MemberFileFormat.Csv,
            ".YAML" or ".YML" => MemberFileFormat.Yaml,
            _ => throw new DomainRuleException($"{path}: unknown file type; expected .csv, .yaml or .yml."),
        };
        if (!File.Exists(path))
        {
            throw new DomainRuleException($"{path}: no such file.");
        }

        using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return await ImportAsync(path, text, format, bodyCode, dryRun, ct, joinedOn);
    }

    /// <param name="joinedOn">The day new memberships start; today in the body's time zone when not given.</param>
    public async Task<ImportResult> ImportAsync(
        string fileName, TextReader text, MemberFileFormat format, string bodyCode, bool dryRun, CancellationToken ct, DateOnly? joinedOn = null)
    {
        var body = await bodies.GetAsync(bodyCode, ct);
        var document = format == MemberFileFormat.Csv ? CsvMemberReader.Read(fileName, text) : YamlMemberReader.Read(fileName, text);
        var validator = new MemberFileValidator(fileName, body);
        var valid = validator.Validate(document.Organisations);
        var existing = await db.Organisations.Include(o => o.Contacts)
            .Where(o => valid.Select(v => v.Key).Contains(o.Key))
            .ToDictionaryAsync(o => o.Key, StringComparer.Ordinal, ct);
        var conflicts = await FindEmailConflictsAsync(fileName, valid, ct);

        var problems = document.Problems.Concat(validator.Problems).Concat(conflicts)
            .OrderBy(p => p.Line).ToList();
        if (problems.Count > 0)
        {
            return new ImportResult(problems, null, dryRun);
        }

        var counts = Apply(body, valid, existing, joinedOn ?? body.Today(time));
        if (!dryRun)
        {
            await db.SaveChangesAsync(ct);
        }

        return new ImportResult([], counts, dryRun);
    }

    // An address identifies one person: it may not move silently from one organisation to another.
    private async Task<List<ImportProblem>> FindEmailConflictsAsync(
        string fileName, IReadOnlyList<ValidatedOrganisation> valid, CancellationToken ct)
    {
        var emails = valid.SelectMany(v => v.Contacts).Select(c => EmailAddresses.Normalise(c.Details.Email)).ToList();
        var owners = await db.Contacts.Where(c => emails.Contains(c.Email))
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new { c.Email, o.Key, o.Name })
            .ToDictionaryAsync(o => o.Email, StringComparer.Ordinal, ct);
        var problems = new List<ImportProblem>();
        foreach (var organisation in valid)
        {
            foreach (var (details, at) in organisation.Contacts)
            {
                if (owners.TryGetValue(EmailAddresses.Normalise(details.Email), out var owner) && owner.Key != organisation.Key)
                {
                    problems.Add(new ImportProblem(fileName, at.Line, at.Column,
                        $"\"{details.Email}\" already belongs to a contact of \"{owner.Name}\" (key {owner.Key})"));
                }
            }
        }

        return problems;
    }

    private ImportCounts Apply(Body body, IReadOnlyList<ValidatedOrganisation> valid, Dictionary<string, MemberOrganisation> existing, DateOnly today)
    {
        int created = 0, updated = 0, unchanged = 0, contactsCreated = 0, contactsUpdated = 0, memberships = 0;
        foreach (var item in valid)
        {
            var changed = false;
            if (!existing.TryGetValue(item.Key, out var organisation))
            {
                organisation = MemberOrganisation.Create(item.Key, item.Profile);
                db.Organisations.Add(organisation);
                created++;
            }
            else
            {
                changed = organisation.Update(item.Profile);
            }

            var position = 1;
            foreach (var (details, _) in item.Contacts)
            {
                var (_, isNew, isChanged) = organisation.UpsertContact(details, position++);
                contactsCreated += isNew ? 1 : 0;
                contactsUpdated += !isNew && isChanged ? 1 : 0;
                changed |= !isNew && isChanged;
            }

            memberships += body.Admit(organisation, today) ? 1 : 0;
            if (existing.ContainsKey(item.Key))
            {
                updated += changed ? 1 : 0;
                unchanged += changed ? 0 : 1;
            }
        }

        return new ImportCounts(created, updated, unchanged, contactsCreated, contactsUpdated, memberships);
    }
}
