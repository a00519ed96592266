using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Rounds.Data;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Model;
using Review4U.Rounds.Recipients;
using Review4U.Rounds.Tasks;
using Review4U.Workflows.Runtime;

namespace Review4U.Rounds.Coordination;

/// <summary>
/// A coordinator's actions on a running round. Each writes in one transaction, then publishes
/// <see cref="RoundEvents.Changed"/>, so the workflow's collecting step re-plans at once (extending moves its timers).
/// </summary>
public sealed class RoundCoordinator(
    TaskFanOut fanOut, ReminderSender reminders, IMagicLinkService links, IWorkflowRuntime runtime, IOptions<RoundsOptions> options, TimeProvider time)
{
    /// <summary>Moves the deadline later; the round's links move with it (new deadline plus the links' grace) in the same transaction.</summary>
    public Task ExtendAsync(Guid roundId, DateTimeOffset deadline, CancellationToken ct) =>
        ActAsync(roundId, async (db, round) =>
        {
            if (deadline <= round.Deadline)
            {
                throw new InvalidOperationException($"--deadline: the new deadline must be after the current one ({round.Deadline:O}).");
            }

            round.Deadline = deadline;
            await db.Rounds.SaveChangesAsync(ct);
            return await RoundLinkExpiry.ExtendAsync(db, round.BodyId, roundId, links.DefaultExpiry(deadline), ct);
        }, ct);

    /// <summary>Reminds every open task now (at most once per minute: the minute keys the emails).</summary>
    public Task<int> RemindNowAsync(Guid roundId, CancellationToken ct) =>
        ActAsync(roundId, (db, _) =>
        {
            var now = time.GetUtcNow();
            return reminders.SendAsync(db, roundId, "manual-" + now.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture), now, ct);
        }, ct);

    /// <summary>Adds the organisations a rule selects that have no task yet; returns how many tasks were created.</summary>
    public Task<int> AddRecipientsAsync(Guid roundId, RecipientRule rule, CancellationToken ct) =>
        ActAsync(roundId, (db, _) => fanOut.FanOutAsync(db, roundId, rule, time.GetUtcNow(), ct), ct);

    /// <summary>Ends collection now: the deadline becomes now, so the workflow moves on to escalation and review.</summary>
    public Task CloseEarlyAsync(Guid roundId, CancellationToken ct) =>
        ActAsync(roundId, async (db, round) =>
        {
            round.Deadline = time.GetUtcNow();
            await db.Rounds.SaveChangesAsync(ct);
            return 0;
        }, ct);

    private async Task<int> ActAsync(Guid roundId, Func<ModuleUnitOfWork<RoundsDbContext>, Data.Rows.RoundRow, Task<int>> action, CancellationToken ct)
    {
        int result;
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct))
        {
            var round = await tx.Rounds.Rounds.SingleOrDefaultAsync(r => r.Id == roundId, ct)
                ?? throw new InvalidOperationException($"No round has the id {roundId}.");
            if (round.Status != RoundStatuses.Collecting || time.GetUtcNow() >= round.Deadline)
            {
                throw new InvalidOperationException($"The round '{round.Title}' is no longer collecting answers (status {round.Status}, deadline {round.Deadline:O}).");
            }

            result = await action(tx, round);
            await tx.CommitAsync(ct);
        }

        await runtime.PublishEventAsync(RoundEvents.Changed, RoundEvents.Key(roundId), null, ct);
        return result;
    }
}
