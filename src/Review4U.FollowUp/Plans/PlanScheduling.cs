using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Domain.Vocabulary;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;

namespace Review4U.FollowUp.Plans;

/// <summary>
/// What follows the review: an approved plan's activities become scheduled (the coordinator and SC get the calendar),
/// a rejected version goes back to the coordinator with the comments; then each activity's owner is reminded
/// N days before it starts, at 09:00 in the body's time zone. Every email is keyed: sent once.
/// </summary>
public sealed class PlanScheduling(IOutbox outbox, EmailTemplates templates, PlanCalendar calendar, TimeProvider time)
{
    public const int ReminderHour = 9;

    public async Task<int> ScheduleAsync(ModuleUnitOfWork<FollowUpDbContext> session, Guid planId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var plan = await session.FollowUp.Plans.SingleAsync(p => p.Id == planId, ct);
        var body = await BodyPeople.GetAsync(session.Domain, plan.BodyId, ct);
        var activities = await session.FollowUp.PlanActivities.Where(a => a.PlanId == planId).OrderBy(a => a.StartsAt).ToListAsync(ct);
        var outcome = await PlanReviews.OutcomeAsync(session.FollowUp, plan, ct);
        plan.Status = PlanStatuses.Approved;
        plan.DecidedAt ??= time.GetUtcNow();
        activities.ForEach(a => a.Status = "scheduled");
        await session.FollowUp.SaveChangesAsync(ct);

        var ics = Encoding.UTF8.GetBytes(calendar.Export(body, plan, activities));
        var committee = await BodyPeople.SteeringCommitteeAsync(session.Domain, body.Id, TimeZones.Today(time, body.TimeZoneId), ct);
        var emails = committee.Select(person => FollowUpMail.ToOutgoing(
            templates.Render(new PlanApprovedModel
            {
                Body = BodyPeople.Identity(body), RecipientName = person.Name, PlanTitle = plan.Title, Version = plan.Version,
                ActivityCount = activities.Count, Approvals = outcome.Approvals,
            }, person.Language, body.DefaultLanguage),
            body.Id, $"plan:{planId:N}:approved:{person.ContactId:N}", person.Email, person.Name, planId, null, person.ContactId)
            with { Attachments = [new EmailAttachment(FileName(body.Code, plan.Year), "text/calendar", ics)] }).ToList();
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(session.Transaction, emails, ct);
    }

    public async Task<int> ReturnAsync(ModuleUnitOfWork<FollowUpDbContext> session, Guid planId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var plan = await session.FollowUp.Plans.SingleAsync(p => p.Id == planId, ct);
        var body = await BodyPeople.GetAsync(session.Domain, plan.BodyId, ct);
        var outcome = await PlanReviews.OutcomeAsync(session.FollowUp, plan, ct);
        plan.Status = PlanStatuses.Rejected;
        plan.DecidedAt ??= time.GetUtcNow();
        await session.FollowUp.SaveChangesAsync(ct);

        var reviewers = await session.FollowUp.PlanReviewers.AsNoTracking().Where(r => r.PlanId == planId).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var decisions = await session.FollowUp.PlanDecisions.AsNoTracking().Where(d => d.PlanId == planId && d.Text != null).OrderBy(d => d.At).ToListAsync(ct);
        var comments = decisions.Count == 0
            ? "-"
            : string.Join('\n', decisions.Select(d => $"- {reviewers.GetValueOrDefault(d.ReviewerId, "?")} ({d.Kind}{(d.ActivityKey is null ? "" : ", " + d.ActivityKey)}): {d.Text}"));
        var coordinator = await BodyPeople.CoordinatorAsync(session.Domain, body.Id, TimeZones.Today(time, body.TimeZoneId), ct);
        if (coordinator is null)
        {
            return 0;
        }

        var email = FollowUpMail.ToOutgoing(
            templates.Render(new PlanReturnedModel
            {
                Body = BodyPeople.Identity(body), RecipientName = coordinator.Name, PlanTitle = plan.Title, Version = plan.Version,
                Rejections = outcome.Rejections, Comments = comments,
            }, coordinator.Language, body.DefaultLanguage),
            body.Id, $"plan:{planId:N}:returned:{coordinator.ContactId:N}", coordinator.Email, coordinator.Name, planId, null, coordinator.ContactId);
        return await outbox.EnqueueAsync(session.Transaction, [email], ct);
    }

    /// <summary>Sends the reminders due now (per activity only the nearest one, never after its start); returns when the next is due, or null.</summary>
    public async Task<DateTimeOffset?> RemindDueAsync(ModuleUnitOfWork<FollowUpDbContext> session, Guid planId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var now = time.GetUtcNow();
        var plan = await session.FollowUp.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var body = await BodyPeople.GetAsync(session.Domain, plan.BodyId, ct);
        var activities = await session.FollowUp.PlanActivities.AsNoTracking().Where(a => a.PlanId == planId && a.StartsAt > now).OrderBy(a => a.StartsAt).ToListAsync(ct);
        var emails = new List<OutgoingEmail>();
        DateTimeOffset? next = null;
        foreach (var activity in activities)
        {
            var moments = activity.ReminderDays.Select(days => (Days: days, At: ReminderAt(activity.StartsAt, days, body.TimeZoneId))).ToList();
            var due = moments.Where(m => m.At <= now).OrderBy(m => m.Days).FirstOrDefault();
            if (due.At != default)
            {
                var daysLeft = Math.Max(0, (int)Math.Ceiling((activity.StartsAt - now).TotalDays));
                emails.Add(FollowUpMail.ToOutgoing(
                    templates.Render(new ActivityReminderModel
                    {
                        Body = BodyPeople.Identity(body), RecipientName = activity.OwnerName, ActivityTitle = activity.Title, ActivityKind = activity.Kind,
                        StartsAt = PlanText.Local(activity.StartsAt, body.TimeZoneId), DaysLeft = daysLeft, Location = activity.Location ?? "-", PlanTitle = plan.Title,
                    }, activity.OwnerLanguage, body.DefaultLanguage),
                    body.Id, string.Create(CultureInfo.InvariantCulture, $"plan:{planId:N}:activity:{activity.Id:N}:{due.Days}d"),
                    activity.OwnerEmail, activity.OwnerName, planId, null, activity.OwnerContactId));
            }

            var upcoming = moments.Where(m => m.At > now).Select(m => (DateTimeOffset?)m.At).Min();
            next = upcoming is null ? next : next is null || upcoming < next ? upcoming : next;
        }

        if (emails.Count > 0)
        {
            await outbox.EnqueueAsync(session.Transaction, emails, ct);
        }

        return next;
    }

    /// <summary>09:00 in the body's time zone, <paramref name="days"/> calendar days before the start's local date.</summary>
    public static DateTimeOffset ReminderAt(DateTimeOffset startsAt, int days, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = TimeZoneInfo.ConvertTime(startsAt, zone).Date.AddDays(-days).AddHours(ReminderHour);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string FileName(string bodyCode, int year) => string.Create(CultureInfo.InvariantCulture, $"{bodyCode}-activity-plan-{year}.ics");
}
