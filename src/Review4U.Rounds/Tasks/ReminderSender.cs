using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Email.Unsubscribe;
using Review4U.Rounds.Data;
using Review4U.Rounds.Emails;

namespace Review4U.Rounds.Tasks;

/// <summary>
/// Reminds every contact of every task still open (pending or draft): one magic-link COPY, one outbox COPY. The outbox itself skips
/// contacts who muted this round's reminders. <paramref name="occasion"/> keys the emails, so each occasion
/// (e.g. "7 days before deadline X", or a coordinator's "remind now" at a given minute) reaches a contact once.
/// </summary>
public sealed class ReminderSender(IMagicLinkService links, IOutbox outbox, EmailTemplates templates, UnsubscribeLinks unsubscribe, RoundLinks urls)
{
    public async Task<int> SendAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, string occasion, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var open = await db.Rounds.Tasks.AsNoTracking().OpenIn(roundId)
            .Join(db.Rounds.TaskContacts, t => t.Id, c => c.TaskId, (t, c) => new { Task = t, Contact = c })
            .OrderBy(x => x.Task.OrganisationName).ThenBy(x => x.Contact.Email)
            .ToListAsync(ct);

        var identity = RoundMail.IdentityOf(body);
        var daysLeft = Math.Max(0, (int)Math.Ceiling((round.Deadline - now).TotalDays));
        var expiry = links.DefaultExpiry(round.Deadline);
        // One COPY for all the links, as the invitations and review requests do, rather than an INSERT per contact.
        var tokens = await links.IssueManyAsync(
            db.Transaction, open.Select(item => (new MagicLinkScope(round.BodyId, item.Task.Id, item.Contact.ContactId), expiry)).ToList(), ct);
        var emails = new List<OutgoingEmail>();
        for (var i = 0; i < open.Count; i++)
        {
            var item = open[i];
            var token = tokens[i];
            var key = $"round:{roundId:N}:reminder:{occasion}:{item.Task.Id:N}:{item.Contact.ContactId:N}";
            var unsubscribeToken = new UnsubscribeToken(round.BodyId, roundId, item.Contact.ContactId);
            var rendered = templates.Render(new TaskReminderModel
            {
                Body = identity,
                RecipientName = item.Contact.Name,
                OrganisationName = item.Task.OrganisationName,
                RoundTitle = round.Title,
                Deadline = round.Deadline,
                DaysLeft = daysLeft,
                TaskUrl = urls.Task(roundId, token),
                UnsubscribeUrl = unsubscribe.HttpsLink(unsubscribeToken),
            }, item.Contact.Language, body.DefaultLanguage);
            emails.Add(RoundMail.ToOutgoing(
                rendered, round.BodyId, key, EmailCategories.TaskReminder, item.Contact.Email, item.Contact.Name, roundId, item.Task.Id, item.Contact.ContactId)
                with { Headers = unsubscribe.Headers(unsubscribeToken) });
        }

        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }
}
