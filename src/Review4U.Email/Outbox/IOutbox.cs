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

    /// <summary>
    /// Inserts emails whose idempotency keys cannot exist yet, because each names a row the caller created in this same
    /// transaction (e.g. a new task's id): one binary COPY straight into the outbox, each row written once. A key that
    /// does exist is not skipped but fails the statement (unique violation), so the caller's transaction rolls back whole:
    /// nothing is doubled, nothing half-written. Reminders are refused (muting needs <see cref="EnqueueAsync"/>).
    /// Returns the number of rows queued.
    /// </summary>
    Task<int> EnqueueNewAsync(DbTransaction transaction, IReadOnlyList<OutgoingEmail> emails, CancellationToken ct);
}
