using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Email.Coordinators;
using Review4U.Email.Options;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.Inbound;

/// <summary>
/// Default handler until the rounds module registers its own: the reply stays recorded in <c>email.inbound</c>
/// (text and attachments) and the sender gets an acknowledgement naming the email they answered.
/// </summary>
public sealed class RecordingReplyHandler(ICoordinatorResolver coordinators, IOptions<EmailOptions> options) : IReplyHandler
{
    public async Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = (await coordinators.ResolveAsync(reply.BodyId, ct))?.Body ?? new BodyIdentity("Review4U", "", "NACSA4U");
        return new ReplyAcknowledgement(body, reply.OriginalSubject, options.Value.PublicBaseUrl, reply.RecipientName ?? reply.FromAddress);
    }
}
