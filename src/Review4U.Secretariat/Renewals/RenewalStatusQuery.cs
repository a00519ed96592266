using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Decisions;

namespace Review4U.Secretariat.Renewals;

/// <summary>Reads a body's latest renewal: interests, votes and the emails it queued per category.</summary>
public sealed class RenewalStatusQuery(RenewalLoader loader, IOptions<SecretariatOptions> options)
{
    public async Task<RenewalStatus> GetAsync(string bodyCode, CancellationToken ct)
    {
        await using var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct);
        var row = await RenewalQueries.CurrentAsync(unit, bodyCode, ct);
        var scene = await loader.GetAsync(unit, row.Id, ct);
        var votes = await unit.Secretariat.Votes.AsNoTracking().Where(v => v.RenewalId == row.Id)
            .GroupBy(v => v.Choice).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var emails = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT category, count(*)::int FROM email.outbox WHERE body_id = $1 AND scope_id = $2 GROUP BY category", unit.Connection, unit.Transaction))
        {
            command.Parameters.AddWithValue(row.BodyId);
            command.Parameters.AddWithValue(row.Id);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                emails[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        return new RenewalStatus(row.Id, bodyCode, scene.SecretariatName, row.TermEndsOn, row.Status, row.InterestDeadline,
            await DecisionRequest.CandidatesAsync(unit, row.Id, ct), row.DeciderCount, row.Quorum, votes, row.Decision, row.DecidedAt, row.AppliedAt, emails);
    }
}
