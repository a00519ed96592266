namespace Review4U.Web.Infrastructure;

/// <summary>How often this process delivers due outbox rows (section <c>Email:Delivery</c>).</summary>
public sealed class OutboxDeliveryOptions
{
    /// <summary>Off for processes that must not send (a web-only node when workers send).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between two dispatch runs when the last one found nothing to send.</summary>
    public TimeSpan IdleInterval { get; set; } = TimeSpan.FromSeconds(2);
}
