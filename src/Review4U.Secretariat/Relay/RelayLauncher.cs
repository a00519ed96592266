using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Secretariat.Data;

namespace Review4U.Secretariat.Relay;

/// <summary>
/// An alliance launches a relayed network round as its own: same questionnaire, sections, cadence and review rules,
/// through the rounds module's <see cref="RoundLauncher"/> (keyed by relay and alliance, so a second launch returns the
/// same round); the link to the network's round is kept in <c>secretariat.relay_targets</c>.
/// </summary>
public sealed class RelayLauncher(RoundLauncher launcher, IOptions<SecretariatOptions> options, TimeProvider time)
{
    public async Task<RoundLaunchResult> LaunchAsync(string allianceCode, Guid relayId, DateTimeOffset? deadline, CancellationToken ct)
    {
        RoundLaunchRequest request;
        Guid targetId;
        await using (var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct))
        {
            var relay = await unit.Secretariat.Relays.AsNoTracking().SingleOrDefaultAsync(r => r.Id == relayId, ct)
                ?? throw new SecretariatException($"--relay: no relayed call has the id {relayId:N}.");
            var originId = relay.OriginRoundId ?? throw new SecretariatException($"--relay: {relayId:N} is an announcement, not a round: there is nothing to launch.");
            var alliance = await unit.Domain.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == allianceCode, ct)
                ?? throw new SecretariatException($"--alliance: no body has the code '{allianceCode}'.");
            targetId = await unit.Secretariat.RelayTargets.Where(t => t.RelayId == relayId && t.BodyId == alliance.Id).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct)
                ?? throw new SecretariatException($"--alliance: the call {relayId:N} was not relayed to {alliance.Code} (its country is not one of the network's).");
            await using var rounds = new RoundsDbContext(ModuleDatabase.Options<RoundsDbContext>(unit.Connection));
            await rounds.Database.UseTransactionAsync(unit.Transaction, ct);
            var origin = await rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == originId, ct);
            var chosen = deadline ?? origin.Deadline;
            if (chosen <= time.GetUtcNow())
            {
                throw new SecretariatException($"--deadline: {chosen:yyyy-MM-dd HH:mm} UTC has passed; give a later one (--deadline yyyy-MM-dd).");
            }

            request = new RoundLaunchRequest
            {
                BodyCode = alliance.Code,
                QuestionnaireId = origin.QuestionnaireId,
                SectionIds = origin.SectionIds,
                Deadline = chosen,
                ReminderDays = origin.ReminderDays,
                Escalation = origin.Escalation,
                Attribution = origin.Attribution,
                Quorum = origin.Quorum,
                Title = origin.Title,
                IdempotencyKey = $"relay:{relayId:N}:{alliance.Code}",
            };
        }

        RoundLaunchResult result;
        try
        {
            result = await launcher.LaunchAsync(request, ct);
        }
        catch (RoundLaunchException e)
        {
            throw new SecretariatException(e.Message, e);
        }

        await using var update = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct);
        var now = time.GetUtcNow();
        await update.Secretariat.RelayTargets.Where(t => t.Id == targetId && t.LinkedRoundId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LinkedRoundId, result.RoundId).SetProperty(t => t.LaunchedAt, now), ct);
        await update.CommitAsync(ct);
        return result;
    }
}
