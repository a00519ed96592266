using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Domain.Governance;

namespace Review4U.Rounds.Recipients;

/// <summary>
/// Turns a rule into the body's current member organisations and who receives each task: the organisation's main
/// contact (position 1), or the listed contact for a <c>list:</c> rule. Colleagues get their own link when the task
/// is forwarded to them, so one person answers for the organisation at a time.
/// </summary>
public static class RecipientResolver
{
    public static async Task<IReadOnlyList<Recipient>> ResolveAsync(Review4UDbContext db, Guid bodyId, RecipientRule rule, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rule);
        var memberIds = await db.Memberships
            .Where(m => m.BodyId == bodyId && m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn > today))
            .Select(m => m.OrganisationId)
            .ToListAsync(ct);
        // Only the columns a task needs, contacts in position order: materialising whole organisations and contacts
        // (entities, their domain collections) was most of this query's time for a large body.
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => memberIds.Contains(o.Id))
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new Candidate(o.Id, o.Key, o.Name, o.ThematicAreas,
                o.Contacts.OrderBy(c => c.Position).Select(c => new RecipientContact(c.Id, c.Name, c.Email, c.PreferredLanguage)).ToList()))
            .ToListAsync(ct);

        HashSet<Guid>? groupOrganisations = null;
        if (rule.Kind == RecipientRule.Group)
        {
            var groupIds = rule.Values.Select(Guid.Parse).ToList();
            var roles = await db.RoleAssignments
                .Where(r => r.BodyId == bodyId && r.WorkingGroupId != null && groupIds.Contains(r.WorkingGroupId.Value) && r.OrganisationId != null)
                .ToListAsync(ct);
            groupOrganisations = roles.Where(r => r.IsActiveOn(today) && r.Kind is RoleKind.WorkingGroupMember or RoleKind.WorkingGroupLead)
                .Select(r => r.OrganisationId!.Value).ToHashSet();
        }

        return organisations
            .Where(o => rule.Kind switch
            {
                RecipientRule.Area => o.ThematicAreas.Any(rule.Values.Contains),
                RecipientRule.Group => groupOrganisations!.Contains(o.Id),
                RecipientRule.List => rule.Values.Contains(o.Key) || o.Contacts.Any(c => rule.Values.Contains(c.Email)),
                _ => true,
            })
            .Select(o => new Recipient(
                o.Id,
                o.Name,
                o.ThematicAreas,
                o.Contacts.Where(c => rule.Kind != RecipientRule.List || rule.Values.Contains(c.Email) || rule.Values.Contains(o.Key)).Take(1).ToList()))
            .Where(r => r.Contacts.Count > 0)
            .ToList();
    }

    /// <summary>An organisation as the rule sees it: its key, name, areas and contacts (first position first).</summary>
    private sealed record Candidate(Guid Id, string Key, string Name, List<string> ThematicAreas, List<RecipientContact> Contacts);
}
