using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Domain.Governance;
using Review4U.Email.Outbox;
using Review4U.Email.Templates.Models;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;

namespace Review4U.Secretariat.Decisions;

/// <summary>
/// Applies the Steering Committee's decision to the domain in the caller's transaction, with the body's own rules:
/// a renewal adds a year to the term (kept as a renewal in its history); a new Secretariat ends the coordinator's term
/// and starts the chosen contact's, with a new term for their organisation, from the old term's end (or from today
/// when decided late). Then everyone is told: each member's main contact and the Steering Committee.
/// </summary>
public sealed class DecisionApplier(RenewalMail mail, IOutbox outbox)
{
    public const string Renewed = "renewed";
    public const string Appointed = "appointed";

    public async Task<string> ApplyAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scene);
        var renewal = scene.Renewal;
        var decision = renewal.Decision ?? throw new InvalidOperationException($"Renewal {renewal.Id} has no decision to apply.");
        var body = scene.Body;
        var today = scene.Calendar.Today(now);
        var term = body.SecretariatTerms.Single(t => t.Id == renewal.TermId);
        SecretariatTerm result;
        if (renewal.Status == RenewalStatuses.Applied && renewal.ResultTermId is { } applied)
        {
            result = body.SecretariatTerms.Single(t => t.Id == applied);
        }
        else if (decision == Choices.Renew)
        {
            // Within the term it is renewed; once lapsed, the same organisation starts a new term today.
            result = today < term.EndsOn ? body.SecretariatTerms.Single(t => t.Id == body.RenewSecretariatTerm(today).TermId) : body.StartSecretariatTerm(today);
        }
        else
        {
            if (!Choices.TryParseInterest(decision, out var interestId))
            {
                throw new InvalidOperationException($"Renewal {renewal.Id} has an unreadable decision '{decision}'.");
            }

            var interest = await unit.Secretariat.Interests.AsNoTracking().SingleAsync(i => i.Id == interestId, ct);
            var from = today < renewal.TermEndsOn ? renewal.TermEndsOn : today;
            result = body.AppointSecretariat(RoleHolder.Member(interest.OrganisationId, interest.ContactId), from);
        }

        await unit.Domain.SaveChangesAsync(ct);
        renewal.Status = RenewalStatuses.Applied;
        renewal.AppliedAt ??= now;
        renewal.ResultTermId = result.Id;
        await unit.Secretariat.SaveChangesAsync(ct);

        var outcome = decision == Choices.Renew ? Renewed : Appointed;
        var organisation = await unit.Domain.Organisations.AsNoTracking().Include(o => o.Contacts).SingleAsync(o => o.Id == result.OrganisationId, ct);
        var coordinatorId = body.HolderOn(RoleKind.Coordinator, result.StartsOn)?.ContactId;
        var coordinator = organisation.Contacts.FirstOrDefault(c => c.Id == coordinatorId)?.Name ?? "?";
        var recipients = scene.MainContacts.Concat(scene.SteeringCommitteeOn(today)).DistinctBy(c => c.ContactId).ToList();
        var emails = recipients.Select(c => mail.To(scene, c, new SecretariatDecisionAnnouncedModel
        {
            Body = scene.Identity, RecipientName = c.Name, Renewed = outcome == Renewed, SecretariatName = organisation.Name,
            CoordinatorName = coordinator,
            TermStartsOn = RenewalCalendar.AsTemplateDate(result.Id == term.Id ? renewal.TermEndsOn : result.StartsOn),
            TermEndsOn = RenewalCalendar.AsTemplateDate(result.EndsOn),
        }, "announced")).ToList();
        await outbox.EnqueueAsync(unit.Transaction, emails, ct);
        return outcome;
    }
}
