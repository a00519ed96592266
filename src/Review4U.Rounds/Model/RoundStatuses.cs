namespace Review4U.Rounds.Model;

/// <summary>A round's life: collecting answers, in review, delivered (awaiting acknowledgement), closed.</summary>
public static class RoundStatuses
{
    public const string Collecting = "collecting";
    public const string Review = "review";
    public const string Delivered = "delivered";
    public const string Closed = "closed";
}
