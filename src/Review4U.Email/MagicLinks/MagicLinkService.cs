using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Review4U.Email.Options;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.MagicLinks;

public sealed class MagicLinkService(IOptions<EmailOptions> options, IOutbox outbox, EmailTemplates templates, TimeProvider time)
    : IMagicLinkService
{
    public DateTimeOffset DefaultExpiry(DateTimeOffset deadline) => deadline + options.Value.MagicLinks.Grace;

    public async Task<string> IssueAsync(DbTransaction transaction, MagicLinkScope scope, DateTimeOffset expiresAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(scope);
        var token = NewToken();
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO email.magic_links (token_hash, body_id, task_id, contact_id, expires_at, created_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            """, ConnectionOf(transaction), (NpgsqlTransaction)transaction);
        cmd.Parameters.AddWithValue(Hash(token));
        cmd.Parameters.AddWithValue(scope.BodyId);
        cmd.Parameters.AddWithValue(scope.TaskId);
        cmd.Parameters.AddWithValue(scope.ContactId);
        cmd.Parameters.AddWithValue(expiresAt);
        cmd.Parameters.AddWithValue(time.GetUtcNow());
        await cmd.ExecuteNonQueryAsync(ct);
        return token;
    }

    public async Task<IReadOnlyList<string>> IssueManyAsync(
        DbTransaction transaction, IReadOnlyList<(MagicLinkScope Scope, DateTimeOffset ExpiresAt)> links, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count == 0)
        {
            return [];
        }

        // Validate everything before writing anything, so bad input leaves the transaction untouched.
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i].Scope is null)
            {
                throw new ArgumentException($"Link {i} has no scope.", nameof(links));
            }
        }

        var now = time.GetUtcNow();
        var tokens = new string[links.Count];
        await using var importer = await ConnectionOf(transaction).BeginBinaryImportAsync(
            "COPY email.magic_links (token_hash, body_id, task_id, contact_id, expires_at, created_at) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < links.Count; i++)
        {
            var (scope, expiresAt) = links[i];
            tokens[i] = NewToken();
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(Hash(tokens[i]), NpgsqlDbType.Bytea, ct);
            await importer.WriteAsync(scope.BodyId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(scope.TaskId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(scope.ContactId, NpgsqlDbType.Uuid, ct);
            await importer.WriteAsync(expiresAt, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        }

        await importer.CompleteAsync(ct);
        return tokens;
    }

    public async Task<MagicLinkResolution> ResolveAsync(string? token, CancellationToken ct)
    {
        if (!IsWellFormed(token))
        {
            return MagicLinkResolution.Unknown;
        }

        await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
        await connection.OpenAsync(ct);
        return await ReadAsync(connection, null, token!, ct);
    }

    public async Task<MagicLinkResolution> ResolveAsync(DbTransaction transaction, string? token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return IsWellFormed(token)
            ? await ReadAsync(ConnectionOf(transaction), (NpgsqlTransaction)transaction, token!, ct)
            : MagicLinkResolution.Unknown;
    }

    // A well-formed token is 43 base64url characters; anything else cannot have been issued.
    private static bool IsWellFormed(string? token) =>
        token is not null && token.Length == 43 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private async Task<MagicLinkResolution> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string token, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT body_id, task_id, contact_id, expires_at FROM email.magic_links WHERE token_hash = $1", connection, transaction);
        cmd.Parameters.AddWithValue(Hash(token));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return MagicLinkResolution.Unknown;
        }

        var scope = new MagicLinkScope(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2));
        var expiresAt = reader.GetFieldValue<DateTimeOffset>(3);
        var status = expiresAt <= time.GetUtcNow() ? MagicLinkStatus.Expired : MagicLinkStatus.Valid;
        return new MagicLinkResolution(status, scope, expiresAt);
    }

    public async Task<MagicLinkResolution> ResolveForTaskAsync(string? token, Guid bodyId, Guid taskId, CancellationToken ct)
    {
        var resolution = await ResolveAsync(token, ct);
        return resolution.Scope is { } scope && (scope.BodyId != bodyId || scope.TaskId != taskId)
            ? resolution with { Status = MagicLinkStatus.WrongScope }
            : resolution;
    }

    public async Task<RenewalResult> RequestFreshLinkAsync(MagicLinkRenewal renewal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(renewal);
        var now = time.GetUtcNow();
        var window = options.Value.MagicLinks.RenewalInterval;
        var bucket = now.UtcTicks / Math.Max(window.Ticks, 1);
        var scope = renewal.Scope;
        var key = $"magic-link-renewal:{scope.BodyId:N}:{scope.TaskId:N}:{scope.ContactId:N}:{bucket}";

        await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var token = await IssueAsync(transaction, scope, renewal.ExpiresAt, ct);
        var rendered = templates.Render(new MagicLinkRenewalModel
        {
            Body = renewal.Body,
            RecipientName = renewal.RecipientName,
            RoundTitle = renewal.RoundTitle,
            TaskUrl = renewal.TaskUrl(token),
            ExpiresAt = renewal.ExpiresAt,
        }, renewal.PreferredLanguage, renewal.BodyLanguage);
        var queued = await outbox.EnqueueAsync(transaction, [new OutgoingEmail
        {
            BodyId = scope.BodyId,
            IdempotencyKey = key,
            Category = EmailCategories.MagicLinkRenewal,
            ScopeId = renewal.RoundId,
            TaskId = scope.TaskId,
            ContactId = scope.ContactId,
            Language = rendered.Language,
            To = renewal.To,
            ToName = renewal.RecipientName,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
        }], ct);

        if (queued == 0)
        {
            // Rolling back also forgets the token issued above: a rate-limited request leaves nothing behind.
            await transaction.RollbackAsync(ct);
            return RenewalResult.RateLimited;
        }

        await transaction.CommitAsync(ct);
        return RenewalResult.Queued;
    }

    internal static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static NpgsqlConnection ConnectionOf(DbTransaction transaction) =>
        transaction.Connection as NpgsqlConnection
        ?? throw new ArgumentException("Magic links are written in an open Npgsql transaction.", nameof(transaction));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
