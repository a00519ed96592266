using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Meetings.Data;
using Review4U.Meetings.Data.Rows;
using Review4U.Meetings.Emails;
using Review4U.Meetings.Model;
using Review4U.Meetings.Scheduling;

namespace Review4U.Meetings.Actions;

/// <summary>
/// Action items as follow-up tasks: the owner is reminded N days before the due day (the meeting's reminder days,
/// default 7 and 1) and told once the day after it that the item is overdue, each at the configured time of day on the
/// body's wall clock, so the dates stay right across a daylight-saving change. Only the latest due reminder goes out
/// (a late wake-up does not send a stale 7-day reminder after the 1-day one). Keyed per (item, occasion).
/// </summary>
public sealed class ActionFollowUp(IOutbox outbox, EmailTemplates templates, IOptions<MeetingsOptions> options)
{
    /// <summary>Sends what is due; returns the next instant something falls due, or null when every item is done or overdue-notified.</summary>
    public async Task<DateTimeOffset?> RunAsync(ModuleUnitOfWork<MeetingsDbContext> db, MeetingRow meeting, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meeting);
        var open = await db.Meetings.ActionItems.AsNoTracking().Where(a => a.MeetingId == meeting.Id && a.Status == ActionItemStatuses.Open).OrderBy(a => a.Id).ToListAsync(ct);
        if (open.Count == 0)
        {
            return null;
        }

        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var identity = MeetingMail.IdentityOf(body);
        var emails = new List<OutgoingEmail>();
        DateTimeOffset? next = null;
        foreach (var item in open)
        {
            var occasions = Occasions(meeting, item);
            var due = occasions.Where(o => o.At <= now).MaxBy(o => o.At);
            if (due is not null)
            {
                emails.Add(Render(identity, body.DefaultLanguage, meeting, item, due.Days));
            }

            var upcoming = occasions.Where(o => o.At > now).Select(o => (DateTimeOffset?)o.At).Min();
            next = upcoming is null ? next : next is null || upcoming < next ? upcoming : next;
        }

        if (emails.Count > 0)
        {
            await outbox.EnqueueAsync(db.Transaction, emails, ct);
        }

        return next;
    }

    /// <summary>When each reminder falls due for an item; <see cref="Occasion.Days"/> is -1 for the overdue notice.</summary>
    public IReadOnlyList<Occasion> Occasions(MeetingRow meeting, ActionItemRow item)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(item);
        var at = options.Value.ReminderTimeOfDay;
        return [.. meeting.ReminderDays.Select(days => new Occasion(days, BodyTime.At(item.DueOn.AddDays(-days), at, meeting.TimeZoneId)))
            .Where(o => o.At >= item.CreatedAt)
            .Append(new Occasion(-1, BodyTime.At(item.DueOn.AddDays(1), at, meeting.TimeZoneId)))];
    }

    private OutgoingEmail Render(BodyIdentity identity, string bodyLanguage, MeetingRow meeting, ActionItemRow item, int days)
    {
        var dueOn = BodyTime.Local(BodyTime.At(item.DueOn, TimeOnly.MinValue, meeting.TimeZoneId), meeting.TimeZoneId);
        var rendered = days < 0
            ? templates.Render(new ActionItemOverdueModel { Body = identity, RecipientName = item.OwnerName, MeetingTitle = meeting.Title, ActionTitle = item.Title, DueOn = dueOn }, item.OwnerLanguage, bodyLanguage)
            : templates.Render(new ActionItemReminderModel { Body = identity, RecipientName = item.OwnerName, MeetingTitle = meeting.Title, ActionTitle = item.Title, DueOn = dueOn, DaysLeft = days }, item.OwnerLanguage, bodyLanguage);
        var occasion = days < 0 ? "overdue" : string.Create(CultureInfo.InvariantCulture, $"reminder-{days}d");
        return MeetingMail.ToOutgoing(rendered, meeting, $"meeting-action:{item.Id:N}:{occasion}", item.OwnerEmail, item.OwnerName, contactId: item.OwnerContactId);
    }

    public sealed record Occasion(int Days, DateTimeOffset At);
}
