using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Data.Rows;
using Review4U.Secretariat.Renewals;
using Review4U.Workflows.Runtime;

namespace Review4U.Secretariat.Decisions;

/// <summary>
/// The Steering Committee's vote. Each member's latest vote counts; the vote that brings a choice to the quorum decides,
/// in the same transaction (the renewal row is locked, so two last votes cannot both decide). A refused vote writes nothing.
/// </summary>
public sealed class Ballot(RenewalLoader loader, IMagicLinkService links, IWorkflowRuntime runtime, IOptions<SecretariatOptions> options, TimeProvider time)
{
    /// <summary>What the decision page shows for a link; throws <see cref="SecretariatException"/> for a link it cannot open.</summary>
    public async Task<BallotView> OpenAsync(string token, CancellationToken ct)
    {
        await using var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct);
        var (scene, contactId) = await ResolveAsync(unit, token, ct);
        return await ViewAsync(unit, scene, contactId, ct);
    }

    public Task<BallotView> VoteByLinkAsync(string token, string choice, CancellationToken ct) =>
        CastAsync(unit => ResolveAsync(unit, token, ct), choice, ct);

    /// <summary>A vote recorded on a member's behalf (e.g. cast at a Steering Committee meeting), by the CLI.</summary>
    public Task<BallotView> VoteAsAsync(string bodyCode, string email, string choice, CancellationToken ct) =>
        CastAsync(async unit =>
        {
            var renewal = await RenewalQueries.CurrentAsync(unit, bodyCode, ct);
            var scene = await loader.GetAsync(unit, renewal.Id, ct);
            var contact = scene.Contacts.FirstOrDefault(c => string.Equals(c.Email, email.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new SecretariatException($"--as: '{email}' is not a contact of a current member of {bodyCode}.");
            return (scene, contact.ContactId);
        }, choice, ct);

    /// <summary>Votes in a unit of its own, commits, then wakes the renewal's workflow.</summary>
    private async Task<BallotView> CastAsync(Func<ModuleUnitOfWork<SecretariatDbContext>, Task<(RenewalScene Scene, Guid ContactId)>> voter, string choice, CancellationToken ct)
    {
        BallotView view;
        Guid renewalId;
        await using (var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct))
        {
            var (scene, contactId) = await voter(unit);
            await VoteAsync(unit, scene, contactId, choice, ct);
            view = await ViewAsync(unit, scene, contactId, ct);
            await unit.CommitAsync(ct);
            renewalId = scene.Renewal.Id;
        }

        await runtime.PublishEventAsync(RenewalEvents.Changed, RenewalEvents.Key(renewalId), null, ct);
        return view;
    }

    public async Task VoteAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, Guid contactId, string choice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scene);
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM secretariat.renewals WHERE id = $1 FOR UPDATE", unit.Connection, unit.Transaction))
        {
            lockRow.Parameters.AddWithValue(scene.Renewal.Id);
            await lockRow.ExecuteNonQueryAsync(ct);
        }

        var renewal = scene.Renewal;
        await unit.Secretariat.Entry(renewal).ReloadAsync(ct);
        if (renewal.Status == RenewalStatuses.Collecting)
        {
            throw new SecretariatException($"The vote opens when expressions of interest close ({renewal.InterestDeadline:yyyy-MM-dd HH:mm} UTC).");
        }

        if (renewal.Decision is not null)
        {
            throw new SecretariatException("The Steering Committee has decided already; votes are closed.");
        }

        var now = time.GetUtcNow();
        if (scene.SteeringCommitteeOn(scene.Calendar.Today(now)).All(c => c.ContactId != contactId))
        {
            throw new SecretariatException("Only members of the Steering Committee vote on the Secretariat.");
        }

        var normalised = (choice ?? "").Trim().ToLowerInvariant();
        if (normalised != Choices.Renew
            && !(Choices.TryParseInterest(normalised, out var interestId)
                 && await unit.Secretariat.Interests.AnyAsync(i => i.Id == interestId && i.RenewalId == renewal.Id, ct)))
        {
            throw new SecretariatException($"choice: expected '{Choices.Renew}' or the id of one of this renewal's candidates, got '{choice}'.");
        }

        var vote = await unit.Secretariat.Votes.SingleOrDefaultAsync(v => v.RenewalId == renewal.Id && v.ContactId == contactId, ct);
        if (vote is null)
        {
            unit.Secretariat.Votes.Add(new VoteRow
            {
                Id = Guid.CreateVersion7(), BodyId = renewal.BodyId, RenewalId = renewal.Id, ContactId = contactId, Choice = normalised, VotedAt = now,
            });
        }
        else
        {
            vote.Choice = normalised;
            vote.VotedAt = now;
        }

        await unit.Secretariat.SaveChangesAsync(ct);
        var choices = await unit.Secretariat.Votes.Where(v => v.RenewalId == renewal.Id).Select(v => v.Choice).ToListAsync(ct);
        var decided = Tally.Decide(choices, renewal.Quorum);
        if (decided is not null)
        {
            renewal.Decision = decided;
            renewal.DecidedAt = now;
            renewal.Status = RenewalStatuses.Decided;
            await unit.Secretariat.SaveChangesAsync(ct);
        }
    }

    private async Task<(RenewalScene Scene, Guid ContactId)> ResolveAsync(ModuleUnitOfWork<SecretariatDbContext> unit, string token, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (resolution.Status == MagicLinkStatus.Expired)
        {
            throw new SecretariatException("This decision link has expired: the latest reminder or escalation email carries a fresh one.");
        }

        var scope = resolution.IsValid ? resolution.Scope! : throw new SecretariatException("This link is not known.");
        var renewalId = await unit.Secretariat.Renewals.Where(r => r.BallotId == scope.TaskId && r.BodyId == scope.BodyId).Select(r => (Guid?)r.Id)
            .SingleOrDefaultAsync(ct) ?? throw new SecretariatException("This link does not open a Secretariat decision.");
        return (await loader.GetAsync(unit, renewalId, ct), scope.ContactId);
    }

    private static async Task<BallotView> ViewAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, Guid contactId, CancellationToken ct)
    {
        var votes = await unit.Secretariat.Votes.AsNoTracking().Where(v => v.RenewalId == scene.Renewal.Id).ToListAsync(ct);
        return new BallotView(scene.Body.Code, scene.Body.Name, scene.SecretariatName, scene.Renewal.TermEndsOn, scene.Renewal.Status,
            scene.Renewal.Quorum, scene.Renewal.Decision, await DecisionRequest.CandidatesAsync(unit, scene.Renewal.Id, ct),
            votes.GroupBy(v => v.Choice).ToDictionary(g => g.Key, g => g.Count()),
            votes.FirstOrDefault(v => v.ContactId == contactId)?.Choice,
            scene.Contacts.FirstOrDefault(c => c.ContactId == contactId)?.Name ?? "?");
    }
}
