namespace Review4U.Rounds.Data.Rows;

/// <summary>The compiled submission sent to the government focal point, and its acknowledgement (<c>rounds.deliveries</c>).</summary>
public sealed class DeliveryRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid RoundId { get; set; }
    public required string ToName { get; set; }
    public required string ToEmail { get; set; }
    /// <summary>SHA-256 of the acknowledgement token; the token itself is only in the email.</summary>
    public required byte[] AckTokenHash { get; set; }
    /// <summary>Hash of the fresh token sent with the reminder (both tokens acknowledge).</summary>
    public byte[]? ReminderTokenHash { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
}
