namespace Review4U.Secretariat.Decisions;

/// <summary>What a Steering Committee member can vote for: renew the current Secretariat, or a candidate's interest (its id).</summary>
public static class Choices
{
    public const string Renew = "renew";

    public static string Of(Guid interestId) => interestId.ToString("N");

    public static bool TryParseInterest(string choice, out Guid interestId) => Guid.TryParseExact(choice, "N", out interestId);
}
