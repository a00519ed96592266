using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Model;

namespace Review4U.Meetings.Invitations;

/// <summary>
/// Who a meeting invites, as of the day it opens. A consultation: the government focal point(s) current that day, the
/// main contact of every member organisation, and every Steering Committee member (who settles the agenda). A Steering
/// Committee meeting: the Steering Committee only (coordinator, co-coordinator and members).
/// </summary>
public static class ParticipantResolver
{
    public static async Task<IReadOnlyList<ParticipantRow>> ResolveAsync(ModuleUnitOfWork<MeetingsDbContext> db, Body body, MeetingRow meeting, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(meeting);
        var people = new Dictionary<string, ParticipantRow>(StringComparer.OrdinalIgnoreCase);
        ParticipantRow Row(Guid? contactId, string name, string email, string language, string role, bool steering) => new()
        {
            Id = Guid.CreateVersion7(), BodyId = body.Id, MeetingId = meeting.Id, ContactId = contactId, Name = name, Email = email,
            Language = language, Role = role, SteeringCommittee = steering, Attendance = AttendanceStatuses.Invited,
        };

        var roles = (await db.Domain.RoleAssignments.AsNoTracking().Where(r => r.BodyId == body.Id && r.ContactId != null).ToListAsync(ct))
            .Where(r => r.IsActiveOn(today) && RoleKinds.SitsOnSteeringCommittee(r.Kind)).Select(r => r.ContactId!.Value).ToHashSet();
        var steering = await db.Domain.Contacts.AsNoTracking().Where(c => roles.Contains(c.Id)).ToListAsync(ct);
        foreach (var contact in steering.OrderBy(c => c.Email, StringComparer.Ordinal))
        {
            people.TryAdd(contact.Email, Row(contact.Id, contact.Name, contact.Email, contact.PreferredLanguage, ParticipantRoles.Member, steering: true));
        }

        if (meeting.Kind == MeetingKinds.Consultation)
        {
            var focalPoints = (await db.Domain.GovernmentFocalPoints.AsNoTracking().Where(f => f.BodyId == body.Id).ToListAsync(ct)).Where(f => f.IsCurrentOn(today));
            foreach (var focalPoint in focalPoints.OrderBy(f => f.Email, StringComparer.Ordinal))
            {
                people.TryAdd(focalPoint.Email, Row(null, focalPoint.Name, focalPoint.Email, body.DefaultLanguage, ParticipantRoles.Government, steering: false));
            }

            var memberIds = await db.Domain.Memberships
                .Where(m => m.BodyId == body.Id && m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn > today))
                .Select(m => m.OrganisationId).ToListAsync(ct);
            var organisations = await db.Domain.Organisations.AsNoTracking().Include(o => o.Contacts)
                .Where(o => memberIds.Contains(o.Id)).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(ct);
            foreach (var main in organisations.Select(o => o.Contacts.OrderBy(c => c.Position).FirstOrDefault()).OfType<Review4U.Domain.Members.Contact>())
            {
                people.TryAdd(main.Email, Row(main.Id, main.Name, main.Email, main.PreferredLanguage, ParticipantRoles.Member, steering: false));
            }
        }

        return [.. people.Values];
    }
}
