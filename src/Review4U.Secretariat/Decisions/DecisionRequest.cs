using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates.Models;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;

namespace Review4U.Secretariat.Decisions;

/// <summary>
/// Closes the interests and asks the Steering Committee (as it stands that day) to vote; fixes the quorum, a majority
/// of the committee, so later changes to the committee do not move the goalposts mid-vote.
/// </summary>
public sealed class DecisionRequest(RenewalMail mail, IOutbox outbox, IMagicLinkService links, IOptions<SecretariatOptions> options)
{
    public async Task<int> SendAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scene);
        var renewal = scene.Renewal;
        var deciders = scene.SteeringCommitteeOn(scene.Calendar.Today(now));
        if (renewal.Status == RenewalStatuses.Collecting)
        {
            renewal.Status = RenewalStatuses.Deciding;
            renewal.DeciderCount = deciders.Count;
            renewal.Quorum = Tally.MajorityOf(deciders.Count);
            await unit.Secretariat.SaveChangesAsync(ct);
        }

        var candidates = await CandidatesAsync(unit, renewal.Id, ct);
        var expiry = scene.Calendar.TermEnd + options.Value.DecisionLinkGrace;
        var tokens = await links.IssueManyAsync(unit.Transaction,
            deciders.Select(c => (new MagicLinkScope(renewal.BodyId, renewal.BallotId, c.ContactId), expiry)).ToList(), ct);
        var emails = deciders.Select((contact, i) => mail.To(scene, contact, new SecretariatDecisionRequestModel
        {
            Body = scene.Identity, RecipientName = contact.Name, SecretariatName = scene.SecretariatName,
            TermEndsOn = RenewalCalendar.AsTemplateDate(renewal.TermEndsOn),
            Candidates = string.Join('\n', candidates.Select(c => $"- {c.Organisation} ({c.Coordinator})")),
            CandidateCount = candidates.Count, Quorum = renewal.Quorum, DecisionUrl = mail.DecisionUrl(tokens[i]),
        }, "decision-request")).ToList();
        return await outbox.EnqueueAsync(unit.Transaction, emails, ct);
    }

    /// <summary>The candidates: each interest with its organisation and proposed coordinator, by organisation name.</summary>
    public static async Task<IReadOnlyList<Candidate>> CandidatesAsync(ModuleUnitOfWork<SecretariatDbContext> unit, Guid renewalId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var interests = await unit.Secretariat.Interests.AsNoTracking().Where(i => i.RenewalId == renewalId).ToListAsync(ct);
        var organisationIds = interests.Select(i => i.OrganisationId).ToList();
        var organisations = await unit.Domain.Organisations.AsNoTracking().Include(o => o.Contacts)
            .Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return interests
            .Select(i => new Candidate(i.Id, i.OrganisationId, organisations[i.OrganisationId].Key, organisations[i.OrganisationId].Name, i.ContactId,
                organisations[i.OrganisationId].Contacts.FirstOrDefault(c => c.Id == i.ContactId)?.Name ?? "?", i.Motivation))
            .OrderBy(c => c.Organisation, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
