using Npgsql;
using Review4U.Data.Modules;
using Review4U.Email.Inbound;
using Review4U.Email.MagicLinks;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Renewals;

namespace Review4U.Secretariat.Interests;

/// <summary>
/// A reply to the call for expressions of interest: its text becomes the organisation's motivation, with the replying
/// contact proposed as coordinator. Runs in the email module's inbound transaction (handled once). After the deadline
/// nothing is written: the reply stays in <c>email.inbound</c> and the member gets the usual acknowledgement.
/// </summary>
public sealed class InterestReplyHandler(InterestDesk desk, RenewalLoader loader, RenewalMail mail, IMagicLinkService links)
    : IReplyHandler
{
    public const string Category = "secretariat-interest-call";

    public async Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.TaskId is not { } renewalId || reply.ContactId is not { } contactId)
        {
            return null;
        }

        await using var unit = await ModuleUnitOfWork.JoinAsync<SecretariatDbContext>(transaction, ct);
        var scene = await loader.FindAsync(unit, renewalId, ct);
        if (scene is null || scene.Contacts.All(c => c.ContactId != contactId))
        {
            return null;
        }

        await using (var savepoint = new NpgsqlCommand("SAVEPOINT interest_reply", transaction.Connection, transaction))
        {
            await savepoint.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await desk.SubmitAsync(unit, scene, contactId, contactId, reply.Text, "email", ct);
        }
        catch (SecretariatException)
        {
            // Late or empty: the reply is kept as a comment; undo anything half-written and acknowledge it.
            await using var rollback = new NpgsqlCommand("ROLLBACK TO SAVEPOINT interest_reply", transaction.Connection, transaction);
            await rollback.ExecuteNonQueryAsync(ct);
            var token = await links.IssueAsync(transaction, new MagicLinkScope(scene.Body.Id, renewalId, contactId),
                links.DefaultExpiry(scene.Renewal.InterestDeadline), ct);
            var name = scene.Contacts.First(c => c.ContactId == contactId).Name;
            return new ReplyAcknowledgement(scene.Identity, "Secretariat: expressions of interest", mail.InterestUrl(token), name);
        }

        return null; // the interest's own receipt is the acknowledgement
    }
}
