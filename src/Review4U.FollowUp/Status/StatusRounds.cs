using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Domain.Vocabulary;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;

namespace Review4U.FollowUp.Status;

/// <summary>
/// A period's status round: one request per open commitment (not done) to its owner with a personal link, reminders
/// to those who have not answered, then the escalation of what needs the Steering Committee. Everything runs in the
/// caller's session (a workflow step's transaction) and every email is keyed, so nothing is sent twice.
/// </summary>
public sealed class StatusRounds(IMagicLinkService links, IOutbox outbox, EmailTemplates templates, FollowUpLinks urls, TimeProvider time)
{
    /// <summary>Opens (or finds) the round of <paramref name="period"/> and requests every open commitment's status.</summary>
    public async Task<(Guid RoundId, int Requests)> OpenAsync(
        ModuleUnitOfWork<FollowUpDbContext> session, string bodyCode, string period, int responseDays, IReadOnlyList<int> reminderDays, Guid? instanceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var body = await BodyPeople.FindAsync(session.Domain, bodyCode, ct) ?? throw new FormatException($"bodyCode: no body with the code '{bodyCode}'.");
        if (string.IsNullOrWhiteSpace(period))
        {
            period = TimeZones.Today(time, body.TimeZoneId).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        else if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new FormatException($"period: expected yyyy-MM, got '{period}'.");
        }

        var now = time.GetUtcNow();
        var round = await session.FollowUp.StatusRounds.SingleOrDefaultAsync(r => r.BodyId == body.Id && r.Period == period, ct);
        if (round is null)
        {
            round = new StatusRoundRow
            {
                Id = Guid.CreateVersion7(), BodyId = body.Id, Period = period, OpenedAt = now, Deadline = now.AddDays(responseDays),
                ReminderDays = [.. reminderDays], WorkflowInstanceId = instanceId,
            };
            session.FollowUp.StatusRounds.Add(round);
        }

        var asked = (await session.FollowUp.StatusRequests.Where(r => r.RoundId == round.Id).Select(r => r.CommitmentId).ToListAsync(ct)).ToHashSet();
        var open = await session.FollowUp.Commitments
            .Where(c => c.BodyId == body.Id && c.Status != CommitmentStatuses.Done)
            .OrderBy(c => c.Position).ToListAsync(ct);
        var identity = BodyPeople.Identity(body);
        var requests = open.Where(c => !asked.Contains(c.Id)).Select(commitment => (Commitment: commitment, Request: new StatusRequestRow
        {
            Id = Guid.CreateVersion7(), BodyId = body.Id, RoundId = round.Id, CommitmentId = commitment.Id, ContactId = commitment.OwnerContactId,
            Email = commitment.OwnerEmail, Name = commitment.OwnerName, Language = commitment.OwnerLanguage, CreatedAt = now,
        })).ToList();
        session.FollowUp.StatusRequests.AddRange(requests.Select(x => x.Request));
        var expiry = links.DefaultExpiry(round.Deadline);
        var tokens = await links.IssueManyAsync(session.Transaction,
            [.. requests.Select(x => (new MagicLinkScope(body.Id, x.Request.Id, x.Request.ContactId), expiry))], ct);
        var emails = requests.Select((x, i) =>
        {
            var (commitment, request) = x;
            var rendered = templates.Render(new VpiStatusRequestModel
            {
                Body = identity, RecipientName = request.Name, OrganisationName = commitment.OwnerOrganisationName, Period = period,
                CommitmentKey = commitment.Key, CommitmentTitle = commitment.Title, DueDate = Iso(commitment.DueDate),
                CurrentStatus = commitment.Status, Progress = commitment.Progress, Deadline = round.Deadline, StatusUrl = urls.Status(tokens[i]),
            }, request.Language, body.DefaultLanguage);
            return FollowUpMail.ToOutgoing(rendered, body.Id, $"vpi:{round.Id:N}:request:{commitment.Id:N}", request.Email, request.Name, round.Id, request.Id, request.ContactId);
        }).ToList();

        await session.FollowUp.SaveChangesAsync(ct);
        if (emails.Count > 0)
        {
            await outbox.EnqueueAsync(session.Transaction, emails, ct);
        }

        return (round.Id, emails.Count);
    }

    /// <summary>Reminds every unanswered request of the round; <paramref name="occasion"/> keys the emails (once per request and occasion).</summary>
    public async Task<int> RemindAsync(ModuleUnitOfWork<FollowUpDbContext> session, Guid roundId, string occasion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var round = await session.FollowUp.StatusRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var body = await BodyPeople.GetAsync(session.Domain, round.BodyId, ct);
        var open = await session.FollowUp.StatusRequests.AsNoTracking()
            .Where(r => r.RoundId == roundId && r.AnsweredAt == null)
            .Join(session.FollowUp.Commitments, r => r.CommitmentId, c => c.Id, (r, c) => new { Request = r, Commitment = c })
            .OrderBy(x => x.Commitment.Position).ToListAsync(ct);
        var now = time.GetUtcNow();
        var daysLeft = Math.Max(0, (int)Math.Ceiling((round.Deadline - now).TotalDays));
        var expiry = links.DefaultExpiry(round.Deadline);
        var tokens = await links.IssueManyAsync(session.Transaction,
            [.. open.Select(item => (new MagicLinkScope(body.Id, item.Request.Id, item.Request.ContactId), expiry))], ct);
        var identity = BodyPeople.Identity(body);
        var emails = open.Select((item, i) => FollowUpMail.ToOutgoing(
            templates.Render(new VpiStatusReminderModel
            {
                Body = identity, RecipientName = item.Request.Name, Period = round.Period, CommitmentKey = item.Commitment.Key,
                CommitmentTitle = item.Commitment.Title, Deadline = round.Deadline, DaysLeft = daysLeft, StatusUrl = urls.Status(tokens[i]),
            }, item.Request.Language, body.DefaultLanguage),
            body.Id, $"vpi:{roundId:N}:reminder:{occasion}:{item.Request.Id:N}", item.Request.Email, item.Request.Name, roundId, item.Request.Id, item.Request.ContactId)).ToList();

        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(session.Transaction, emails, ct);
    }

    /// <summary>
    /// Tells the coordinator and each Steering Committee member which commitments are overdue, at risk or blocked:
    /// one email each listing them, once per round (period). Returns the number of items escalated.
    /// </summary>
    public async Task<int> EscalateAsync(ModuleUnitOfWork<FollowUpDbContext> session, Guid roundId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var round = await session.FollowUp.StatusRounds.SingleAsync(r => r.Id == roundId, ct);
        var body = await BodyPeople.GetAsync(session.Domain, round.BodyId, ct);
        var today = TimeZones.Today(time, body.TimeZoneId);
        var items = await NeedingAttentionAsync(session.FollowUp, body.Id, today, ct);
        if (items.Count == 0)
        {
            return 0;
        }

        var lines = string.Join('\n', items.Select(c =>
            $"- {c.Key} {c.Title} ({c.OwnerOrganisationName}): {c.Status}{(c.Status != CommitmentStatuses.Done && c.DueDate < today ? ", overdue since " + Iso(c.DueDate) : ", due " + Iso(c.DueDate))}"));
        var committee = await BodyPeople.SteeringCommitteeAsync(session.Domain, body.Id, today, ct);
        var emails = committee.Select(person => FollowUpMail.ToOutgoing(
            templates.Render(new VpiEscalationModel { Body = BodyPeople.Identity(body), RecipientName = person.Name, Period = round.Period, ItemCount = items.Count, Items = lines },
                person.Language, body.DefaultLanguage),
            body.Id, $"vpi:{roundId:N}:escalation:{person.ContactId:N}", person.Email, person.Name, roundId, null, person.ContactId)).ToList();
        round.EscalatedAt ??= time.GetUtcNow();
        await session.FollowUp.SaveChangesAsync(ct);
        if (emails.Count > 0)
        {
            await outbox.EnqueueAsync(session.Transaction, emails, ct);
        }

        return items.Count;
    }

    /// <summary>Commitments at risk or blocked, or past their due date and not done, in report order.</summary>
    public static async Task<List<CommitmentRow>> NeedingAttentionAsync(FollowUpDbContext db, Guid bodyId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Commitments.AsNoTracking()
            .Where(c => c.BodyId == bodyId && (c.Status == CommitmentStatuses.AtRisk || c.Status == CommitmentStatuses.Blocked
                || (c.Status != CommitmentStatuses.Done && c.DueDate < today)))
            .OrderBy(c => c.Position).ToListAsync(ct);
    }

    public async Task CloseAsync(ModuleUnitOfWork<FollowUpDbContext> session, Guid roundId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var round = await session.FollowUp.StatusRounds.SingleAsync(r => r.Id == roundId, ct);
        round.ClosedAt ??= time.GetUtcNow();
        await session.FollowUp.SaveChangesAsync(ct);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
