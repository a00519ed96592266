using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates.Models;
using Review4U.Secretariat.Data;

namespace Review4U.Secretariat.Renewals;

/// <summary>
/// The renewal's timed emails, all in the caller's transaction and keyed so a repeat sends nothing: the call for
/// expressions of interest, the Steering Committee's reminders before the end, and the escalations after it.
/// </summary>
public sealed class RenewalNotices(RenewalMail mail, IOutbox outbox, IMagicLinkService links, IOptions<SecretariatOptions> options)
{
    /// <summary>Every member organisation's main contact gets a personal interest link; replies come back as interests.</summary>
    public async Task<int> CallForInterestAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scene);
        var renewal = scene.Renewal;
        var recipients = scene.MainContacts;
        var expiry = links.DefaultExpiry(renewal.InterestDeadline);
        var tokens = await links.IssueManyAsync(unit.Transaction,
            recipients.Select(c => (new MagicLinkScope(renewal.BodyId, renewal.Id, c.ContactId), expiry)).ToList(), ct);
        var emails = recipients.Select((contact, i) => mail.To(scene, contact, new SecretariatInterestCallModel
        {
            Body = scene.Identity, RecipientName = contact.Name, OrganisationName = contact.OrganisationName,
            SecretariatName = scene.SecretariatName, TermEndsOn = RenewalCalendar.AsTemplateDate(renewal.TermEndsOn),
            InterestDeadline = renewal.InterestDeadline, InterestUrl = mail.InterestUrl(tokens[i]),
        }, "interest-call", taskId: renewal.Id)).ToList();
        return await outbox.EnqueueAsync(unit.Transaction, emails, ct);
    }

    /// <summary>The latest reminder due by <paramref name="now"/> (60, 30, 7 days before the end by default), once each.</summary>
    public async Task<int> SendDueRemindersAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scene);
        if (now >= scene.Calendar.TermEnd)
        {
            return 0;
        }

        var due = options.Value.ReminderDays.Where(d => scene.Calendar.DaysBefore(d) <= now).DefaultIfEmpty(-1).Min();
        if (due < 0)
        {
            return 0;
        }

        var interests = await unit.Secretariat.Interests.CountAsync(i => i.RenewalId == scene.Renewal.Id, ct);
        var occasion = string.Create(CultureInfo.InvariantCulture, $"reminder-{due}d");
        var emails = scene.SteeringCommitteeOn(scene.Calendar.Today(now)).Select(contact => mail.To(scene, contact, new SecretariatRenewalReminderModel
        {
            Body = scene.Identity, RecipientName = contact.Name, SecretariatName = scene.SecretariatName,
            TermEndsOn = RenewalCalendar.AsTemplateDate(scene.Renewal.TermEndsOn), DaysLeft = due,
            InterestDeadline = scene.Renewal.InterestDeadline, InterestCount = interests,
        }, occasion)).ToList();
        return await outbox.EnqueueAsync(unit.Transaction, emails, ct);
    }

    /// <summary>The next reminder's time after <paramref name="now"/>, or null when none is left.</summary>
    public DateTimeOffset? NextReminderAt(RenewalScene scene, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var next = options.Value.ReminderDays.Select(scene.Calendar.DaysBefore).Where(at => at > now && at < scene.Calendar.TermEnd).ToList();
        return next.Count == 0 ? null : next.Min();
    }

    /// <summary>
    /// After an undecided term end: the Steering Committee (each with a fresh decision link) and the platform admin,
    /// at the end day's send time, then every <see cref="SecretariatOptions.EscalationInterval"/>. Only the latest due escalation goes out.
    /// </summary>
    public async Task<int> SendDueEscalationAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scene);
        var index = scene.Calendar.EscalationIndexAt(now, options.Value.EscalationInterval);
        if (index < 0)
        {
            return 0;
        }

        var renewal = scene.Renewal;
        var occasion = string.Create(CultureInfo.InvariantCulture, $"escalation-{index}");
        var interests = await unit.Secretariat.Interests.CountAsync(i => i.RenewalId == renewal.Id, ct);
        var votes = await unit.Secretariat.Votes.CountAsync(v => v.RenewalId == renewal.Id, ct);
        var deciders = scene.SteeringCommitteeOn(scene.Calendar.Today(now));
        var expiry = now + options.Value.EscalationInterval + options.Value.DecisionLinkGrace;
        var tokens = await links.IssueManyAsync(unit.Transaction,
            deciders.Select(c => (new MagicLinkScope(renewal.BodyId, renewal.BallotId, c.ContactId), expiry)).ToList(), ct);
        SecretariatRenewalEscalationModel Model(string name, string url) => new()
        {
            Body = scene.Identity, RecipientName = name, SecretariatName = scene.SecretariatName,
            TermEndsOn = RenewalCalendar.AsTemplateDate(renewal.TermEndsOn),
            DaysOverdue = scene.Calendar.Today(now).DayNumber - renewal.TermEndsOn.DayNumber,
            InterestCount = interests, VotesCast = votes, Quorum = Math.Max(renewal.Quorum, 1), DecisionUrl = url,
            StatusCommand = $"review4u secretariat renewal status --body {scene.Body.Code}",
        };
        var emails = deciders.Select((c, i) => mail.To(scene, c, Model(c.Name, mail.DecisionUrl(tokens[i]).AbsoluteUri), occasion)).ToList();
        if (!string.IsNullOrWhiteSpace(options.Value.AdminEmail))
        {
            emails.Add(mail.ToAddress(scene, options.Value.AdminEmail, options.Value.AdminName, Model(options.Value.AdminName, ""), occasion));
        }

        return await outbox.EnqueueAsync(unit.Transaction, emails, ct);
    }

    public DateTimeOffset NextEscalationAt(RenewalScene scene, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var interval = options.Value.EscalationInterval;
        return scene.Calendar.Escalation(scene.Calendar.EscalationIndexAt(now, interval) + 1, interval);
    }
}
