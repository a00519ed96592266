using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Email.Templates.Models;
using Review4U.Secretariat.Data.Rows;

namespace Review4U.Secretariat.Renewals;

/// <summary>A renewal with what its emails and decisions need: the body (roles, terms), its members' contacts and its dates.</summary>
public sealed record RenewalScene(
    RenewalRow Renewal,
    Body Body,
    BodyIdentity Identity,
    RenewalCalendar Calendar,
    string SecretariatName,
    IReadOnlyList<MemberContact> Contacts)
{
    /// <summary>The Steering Committee on <paramref name="day"/> (Coordinator, Co-Coordinator, members), one entry per person.</summary>
    public IReadOnlyList<MemberContact> SteeringCommitteeOn(DateOnly day)
    {
        var byId = Contacts.ToDictionary(c => c.ContactId);
        return Body.RolesOn(day)
            .Where(r => RoleKinds.SitsOnSteeringCommittee(r.Kind) && r.ContactId is not null)
            .Select(r => r.ContactId!.Value).Distinct()
            .Where(byId.ContainsKey).Select(id => byId[id])
            .ToList();
    }

    /// <summary>Each current member organisation's main contact.</summary>
    public IReadOnlyList<MemberContact> MainContacts => Contacts.Where(c => c.IsMainContact).ToList();
}
