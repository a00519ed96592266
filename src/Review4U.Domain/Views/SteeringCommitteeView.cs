using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Domain.Views;

/// <summary>The Steering Committee on a given day: who sits on it, its gender balance and its thematic coverage.</summary>
public sealed record SteeringCommitteeView(
    DateOnly On,
    IReadOnlyList<RoleAssignment> Seats,
    GenderBalance GenderBalance,
    ThematicCoverage Coverage)
{
    /// <param name="organisations">The body's member organisations with their contacts loaded.</param>
    public static SteeringCommitteeView Build(Body body, IEnumerable<MemberOrganisation> organisations, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(body);
        var byId = organisations.ToDictionary(o => o.Id);
        var seats = body.RolesOn(on).Where(r => RoleKinds.SitsOnSteeringCommittee(r.Kind) && r.ContactId is not null).ToList();

        // One person holding two seats (e.g. Coordinator and member) counts once.
        var people = seats.DistinctBy(r => r.ContactId).ToList();
        var genders = people.Select(r => FindContact(byId, r)?.Gender);
        var areas = people.Select(r => r.OrganisationId).Distinct()
            .Select(id => id is not null && byId.TryGetValue(id.Value, out var o) ? o.ThematicAreas : []);
        return new SteeringCommitteeView(on, seats, GenderBalance.Of(genders), ThematicCoverage.Of(areas));
    }

    private static Contact? FindContact(Dictionary<Guid, MemberOrganisation> byId, RoleAssignment seat) =>
        seat.OrganisationId is not null && byId.TryGetValue(seat.OrganisationId.Value, out var organisation)
            ? organisation.Contacts.FirstOrDefault(c => c.Id == seat.ContactId)
            : null;
}
