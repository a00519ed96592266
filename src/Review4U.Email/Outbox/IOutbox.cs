using System.Data.Common;

namespace Review4U.Email.Outbox;

/// <summary>Queues emails inside the caller's transaction: they exist exactly once, or not at all.</summary>
public interface IOutbox
{
    /// <summary>
    /// Inserts the emails in one round trip (binary COPY); emails whose idempotency key exists already, and
    /// reminders to contacts who muted that scope, are skipped. Returns the number of rows queued.
    /// </summary>
    Task<int> EnqueueAsync(DbTransaction transaction, IReadOnlyList<OutgoingEmail> emails, CancellationToken ct);
}
