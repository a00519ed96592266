using Npgsql;
using Review4U.Data.Modules;
using Review4U.Rounds.Data;

namespace Review4U.Rounds.Emails;

/// <summary>
/// Moves the expiry of every personal link of a round (members' task links and reviewers' links) to a later time, in
/// one UPDATE inside the caller's transaction: an extended deadline must not leave members with links that die
/// before it. Links already expiring later are left alone, so it never shortens one.
/// </summary>
public static class RoundLinkExpiry
{
    public static async Task<int> ExtendAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid bodyId, Guid roundId, DateTimeOffset expiresAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var update = new NpgsqlCommand(
            """
            UPDATE email.magic_links SET expires_at = $3
            WHERE body_id = $1 AND expires_at < $3
              AND task_id IN (SELECT id FROM rounds.tasks WHERE round_id = $2
                              UNION ALL SELECT id FROM rounds.review_tasks WHERE round_id = $2)
            """, db.Connection, db.Transaction);
        update.Parameters.AddWithValue(bodyId);
        update.Parameters.AddWithValue(roundId);
        update.Parameters.AddWithValue(expiresAt);
        return await update.ExecuteNonQueryAsync(ct);
    }
}
