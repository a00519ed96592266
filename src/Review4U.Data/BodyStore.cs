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

    /// <summary>A contact found by email, with its organisation.</summary>
    public async Task<(MemberOrganisation Organisation, Contact Contact)?> FindContactAsync(string email, CancellationToken ct)
    {
        var normalised = EmailAddresses.Normalise(email);
        var organisation = await db.Organisations.Include(o => o.Contacts)
            .SingleOrDefaultAsync(o => o.Contacts.Any(c => c.Email == normalised), ct);
        return organisation is null ? null : (organisation, organisation.Contacts.Single(c => c.Email == normalised));
    }
}
