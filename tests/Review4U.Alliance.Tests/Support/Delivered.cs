using Review4U.TestKit.Smtp;

namespace Review4U.Alliance.Tests.Support;

/// <summary>
/// An email that reached the SMTP server, with what its outbox row says about it: category, scope (a meeting, a round…),
/// idempotency key, and the fake clock's time when it was queued
/// (delivery is at-least-once: a send the client did not see acknowledged goes again later, with the same Message-ID).
/// </summary>
public sealed record Delivered(string Category, string To, DateTimeOffset At, Guid? ScopeId, string Key, ReceivedEmail Email)
{
    public string Subject => Email.Message.Subject ?? "";

    public string Text => Email.Message.TextBody ?? "";
}
