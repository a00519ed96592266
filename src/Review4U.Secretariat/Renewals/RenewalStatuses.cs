namespace Review4U.Secretariat.Renewals;

/// <summary>Where a renewal stands: members express interest, then the Steering Committee decides, then the decision applies.</summary>
public static class RenewalStatuses
{
    public const string Collecting = "collecting";
    public const string Deciding = "deciding";
    public const string Decided = "decided";
    public const string Applied = "applied";
}
