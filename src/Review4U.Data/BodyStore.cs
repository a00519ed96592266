using Microsoft.EntityFrameworkCore;
using Review4U.Domain;
using Review4U.Domain.Bodies;
using Review4U.Domain.Members;

namespace Review4U.Data;

/// <summary>Loads a body as one aggregate (memberships, roles, groups, secretariat, focal points) and its members.</summary>
public sealed class BodyStore(Review4UDbContext db)
{
    public Task<Body?> FindAsync(string code, CancellationToken ct) =>
        db.Bodies
            .Include(b => b.Memberships)
            .Include(b => b.Roles)
            .Include(b => b.WorkingGroups)
            .Include(b => b.SecretariatTerms).ThenInclude(t => t.Renewals)
            .Include(b => b.FocalPoints)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Code == code, ct);

    public async Task<Body> GetAsync(string code, CancellationToken ct) =>
        await FindAsync(code, ct)
            ?? throw new DomainRuleException($"No body has the code \"{code}\" (see `review4u bodies list`).");

    /// <summary>The body's current member organisations with their contacts, by name.</summary>
    public async Task<IReadOnlyList<MemberOrganisation>> MembersAsync(Guid bodyId, CancellationToken ct)
    {
        var members = await db.Organisations
            .Include(o => o.Contacts)
            .Where(o => db.Memberships.Any(m => m.BodyId == bodyId && m.OrganisationId == o.Id && m.LeftOn == null))
            .AsSplitQuery()
            .ToListAsync(ct);
        return members
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(o => o.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Every contact of the body's current members, one query, ordered by organisation and position. The main
    /// contact of each organisation is its first one.
    /// </summary>
    public async Task<IReadOnlyList<MemberContact>> ContactsAsync(Guid bodyId, CancellationToken ct)
    {
        var rows = await (
            from m in db.Memberships
            where m.BodyId == bodyId && m.LeftOn == null
            join o in db.Organisations on m.OrganisationId equals o.Id
            join c in db.Contacts on o.Id equals c.OrganisationId
            select new { o.Id, o.Key, o.Name, o.Country, ContactId = c.Id, ContactName = c.Name, c.Email, c.PreferredLanguage, c.Position })
            .ToListAsync(ct);
        var firstPosition = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Min(r => r.Position));
        return rows
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Position)
            .Select(r => new MemberContact(bodyId, r.Id, r.Key, r.Name, r.Country, r.ContactId, r.ContactName, r.Email, r.PreferredLanguage,
                r.Position == firstPosition[r.Id]))
            .ToList();
    }

    /// <summary>A contact found by email, with its organisation.</summary>
    public async Task<(MemberOrganisation Organisation, Contact Contact)?> FindContactAsync(string email, CancellationToken ct)
    {
        var normalised = EmailAddresses.Normalise(email);
        var organisation = await db.Organisations.Include(o => o.Contacts)
            .SingleOrDefaultAsync(o => o.Contacts.Any(c => c.Email == normalised), ct);
        return organisation is null ? null : (organisation, organisation.Contacts.Single(c => c.Email == normalised));
    }
}
