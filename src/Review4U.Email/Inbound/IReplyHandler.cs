using Npgsql;

namespace Review4U.Email.Inbound;

/// <summary>
/// Turns a matched reply into the member's answer or comment. Called inside the transaction that records the
/// reply in <c>email.inbound</c> (unique by Message-ID), so a reply is handled once even when read twice.
/// The rounds module implements it; <see cref="RecordingReplyHandler"/> is the default.
/// </summary>
public interface IReplyHandler
{
    Task<ReplyAcknowledgement?> HandleAsync(NpgsqlTransaction transaction, InboundReply reply, CancellationToken ct);
}
