using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Email.Templates.Models;

namespace Review4U.FollowUp.People;

/// <summary>Who is who in a body on a given day: its member contacts, its coordinator and Steering Committee, its focal point.</summary>
public static class BodyPeople
{
    public static Task<Body?> FindAsync(Review4UDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalised = (code ?? "").Trim().ToUpperInvariant();
        return db.Bodies.AsNoTracking().Include(b => b.FocalPoints).SingleOrDefaultAsync(b => b.Code == normalised, ct);
    }

    public static Task<Body> GetAsync(Review4UDbContext db, Guid bodyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bodies.AsNoTracking().Include(b => b.FocalPoints).SingleAsync(b => b.Id == bodyId, ct);
    }

    public static BodyIdentity Identity(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new BodyIdentity(body.Name, body.Code, body.Kind == BodyKind.NationalAlliance ? "NACSA4U" : "NET4U");
    }

    /// <summary>Every contact of the body's member organisations on <paramref name="day"/>, by lower-case email.</summary>
    public static async Task<Dictionary<string, Person>> MembersByEmailAsync(Review4UDbContext db, Guid bodyId, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.BodyId == bodyId).ToListAsync(ct);
        var organisationIds = memberships.Where(m => m.IsActiveOn(day)).Select(m => m.OrganisationId).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => organisationIds.Contains(c.OrganisationId)).ToListAsync(ct);
        return contacts
            .Select(c => new Person(c.Id, c.OrganisationId, organisations[c.OrganisationId], c.Name, c.Email, c.PreferredLanguage))
            .GroupBy(p => p.Email.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The coordinator and the Steering Committee members holding their role on <paramref name="day"/>, coordinator first.</summary>
    public static async Task<IReadOnlyList<Person>> SteeringCommitteeAsync(Review4UDbContext db, Guid bodyId, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roles = (await db.RoleAssignments.AsNoTracking()
                .Where(r => r.BodyId == bodyId && (r.Kind == RoleKind.Coordinator || r.Kind == RoleKind.SteeringCommitteeMember) && r.ContactId != null)
                .ToListAsync(ct))
            .Where(r => r.IsActiveOn(day)).OrderBy(r => r.Kind).ToList();
        var people = await MembersByEmailAsync(db, bodyId, day, ct);
        var byContact = people.Values.ToDictionary(p => p.ContactId);
        return roles.Select(r => byContact.GetValueOrDefault(r.ContactId!.Value)).OfType<Person>().DistinctBy(p => p.ContactId).ToList();
    }

    public static async Task<Person?> CoordinatorAsync(Review4UDbContext db, Guid bodyId, DateOnly day, CancellationToken ct)
    {
        var committee = await SteeringCommitteeAsync(db, bodyId, day, ct);
        var coordinator = (await db.RoleAssignments.AsNoTracking().Where(r => r.BodyId == bodyId && r.Kind == RoleKind.Coordinator).ToListAsync(ct))
            .Find(r => r.IsActiveOn(day));
        return coordinator is null ? null : committee.FirstOrDefault(p => p.ContactId == coordinator.ContactId);
    }
}
