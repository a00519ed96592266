namespace Review4U.Email.Outbox;

/// <summary>Values of <c>email.outbox.status</c>.</summary>
public static class OutboxStatus
{
    public const string Queued = "queued";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
