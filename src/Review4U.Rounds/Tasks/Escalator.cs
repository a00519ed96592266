using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Domain.Governance;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Data;
using Review4U.Rounds.Emails;

namespace Review4U.Rounds.Tasks;

/// <summary>
/// After the deadline, tells each non-responding organisation's working-group lead(s) (of the groups its contacts
/// belong to) and the body's coordinator who has not answered: one email per (recipient, organisation), one COPY.
/// </summary>
public sealed class Escalator(IOutbox outbox, EmailTemplates templates, RoundLinks urls)
{
    public async Task<int> EscalateAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(body.TimeZoneId)).DateTime);
        var open = await db.Rounds.Tasks.AsNoTracking().OpenIn(roundId)
            .OrderBy(t => t.OrganisationName).ToListAsync(ct);
        if (open.Count == 0)
        {
            return 0;
        }

        var contacts = await db.Rounds.TaskContacts.AsNoTracking().Where(c => open.Select(t => t.Id).Contains(c.TaskId)).ToListAsync(ct);
        var roles = (await db.Domain.RoleAssignments.AsNoTracking().Where(r => r.BodyId == round.BodyId).ToListAsync(ct))
            .Where(r => r.IsActiveOn(today)).ToList();
        var people = await db.Domain.Contacts.AsNoTracking()
            .Where(c => roles.Select(r => r.ContactId).Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var coordinator = roles.Find(r => r.Kind == RoleKind.Coordinator && r.ContactId is not null);

        var identity = RoundMail.IdentityOf(body);
        var emails = new List<OutgoingEmail>();
        foreach (var task in open)
        {
            var groups = roles.Where(r => r.OrganisationId == task.OrganisationId && r.WorkingGroupId is not null).Select(r => r.WorkingGroupId).ToHashSet();
            var leads = roles.Where(r => r.Kind == RoleKind.WorkingGroupLead && groups.Contains(r.WorkingGroupId) && r.ContactId is not null);
            var recipients = leads.Append(coordinator).OfType<RoleAssignment>()
                .Select(r => people.GetValueOrDefault(r.ContactId!.Value)).OfType<Domain.Members.Contact>()
                .DistinctBy(c => c.Id);
            var names = string.Join(", ", contacts.Where(c => c.TaskId == task.Id).Select(c => c.Name));
            foreach (var person in recipients)
            {
                var rendered = templates.Render(new TaskEscalationModel
                {
                    Body = identity,
                    RecipientName = person.Name,
                    OrganisationName = task.OrganisationName,
                    RoundTitle = round.Title,
                    Deadline = round.Deadline,
                    ContactNames = names,
                    RoundUrl = urls.Round(roundId),
                }, person.PreferredLanguage, body.DefaultLanguage);
                emails.Add(RoundMail.ToOutgoing(
                    rendered, round.BodyId, $"round:{roundId:N}:escalation:{round.Deadline.UtcTicks}:{task.Id:N}:{person.Id:N}",
                    EmailCategories.TaskEscalation, person.Email, person.Name, roundId, task.Id, person.Id));
            }
        }

        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }
}
