using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;
using Review4U.Email.Options;

namespace Review4U.Email.Inbound;

/// <summary>Finds the task email a reply answers: by the plus-address token first, then In-Reply-To, then References.</summary>
public sealed partial class ReplyMatcher(IOptions<EmailOptions> options)
{
    private const string Columns = "id, body_id, scope_id, task_id, contact_id, language, to_name, subject, category";
    private static readonly string[] EnvelopeHeaders = ["Delivered-To", "X-Original-To", "Envelope-To"];

    public async Task<OutboxMatch?> MatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MimeMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var token in ReplyTokens(message))
        {
            var byToken = await FindAsync(connection, transaction, "reply_token = $1", token, "plus-address", ct);
            if (byToken is not null)
            {
                return byToken;
            }
        }

        if (!string.IsNullOrEmpty(message.InReplyTo)
            && await FindAsync(connection, transaction, "message_id = $1", message.InReplyTo, "in-reply-to", ct) is { } byInReplyTo)
        {
            return byInReplyTo;
        }

        // The most recent reference is the last one.
        foreach (var reference in message.References.Reverse())
        {
            if (await FindAsync(connection, transaction, "message_id = $1", reference, "references", ct) is { } byReference)
            {
                return byReference;
            }
        }

        return null;
    }

    /// <summary>Tokens of <c>local+TOKEN@…</c> recipients whose local part is the configured reply mailbox's.</summary>
    public IEnumerable<string> ReplyTokens(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reply = options.Value.ReplyAddress;
        var at = reply.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            yield break;
        }

        var local = reply[..at];
        var addresses = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address)
            .Concat(EnvelopeHeaders.Select(h => message.Headers[h]).OfType<string>());
        foreach (var address in addresses)
        {
            var match = PlusAddress().Match(address.Trim().Trim('<', '>'));
            if (match.Success && string.Equals(match.Groups[1].Value, local, StringComparison.OrdinalIgnoreCase))
            {
#pragma warning disable CA1308 // tokens are issued in lower-case hex; some mail systems upper-case local parts
                yield return match.Groups[2].Value.ToLowerInvariant();
#pragma warning restore CA1308
            }
        }
    }

    private static async Task<OutboxMatch?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string where,
        string value, string matchedBy, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT {Columns} FROM email.outbox WHERE {where}", connection, transaction);
        cmd.Parameters.AddWithValue(value);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new OutboxMatch(reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
            reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), matchedBy, reader.GetString(8));
    }

    [GeneratedRegex(@"^([^+@]+)\+([0-9a-fA-F]{32})@", RegexOptions.CultureInvariant)]
    private static partial Regex PlusAddress();
}
