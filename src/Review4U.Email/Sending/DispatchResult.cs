namespace Review4U.Email.Sending;

/// <summary>What one <see cref="OutboxDispatcher.DispatchDueAsync"/> call did.</summary>
public sealed record DispatchResult(int Claimed, int Sent, int Retrying, int Failed, int Bounced)
{
    public static DispatchResult Empty { get; } = new(0, 0, 0, 0, 0);

    public DispatchResult Add(DispatchResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Claimed + other.Claimed, Sent + other.Sent, Retrying + other.Retrying, Failed + other.Failed, Bounced + other.Bounced);
    }
}
