using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Email.Options;

namespace Review4U.Email.Unsubscribe;

/// <summary>
/// One-click unsubscribe (RFC 8058): mutes the reminders of one scope (a round) for one contact; the contact
/// stays a member and keeps receiving everything else. Idempotent.
/// </summary>
public sealed class UnsubscribeService(IOptions<EmailOptions> options, TimeProvider time)
{
    /// <summary>Records the mute named by a signed token; false (and nothing written) when the token is not valid.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        if (!UnsubscribeToken.TryVerify(token, options.Value.UnsubscribeSecret, out var parsed) || parsed is null)
        {
            return false;
        }

        await MuteAsync(parsed, ct);
        return true;
    }

    public async Task MuteAsync(UnsubscribeToken mute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mute);
        await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
        await connection.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO email.reminder_mutes (body_id, scope_id, contact_id, muted_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT DO NOTHING
            """, connection);
        cmd.Parameters.AddWithValue(mute.BodyId);
        cmd.Parameters.AddWithValue(mute.ScopeId);
        cmd.Parameters.AddWithValue(mute.ContactId);
        cmd.Parameters.AddWithValue(time.GetUtcNow());
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
