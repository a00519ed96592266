namespace Review4U.Rounds.Model;

/// <summary>
/// Events the contribution-round workflow waits on, each keyed by the round id (<c>D</c> format). "Changed" wakes
/// the collecting step to look again (an answer, an extension, new recipients, remind now, close early).
/// </summary>
public static class RoundEvents
{
    public const string Changed = "round.changed";
    public const string ReviewDecided = "round.review-decided";
    public const string Acknowledged = "round.acknowledged";

    public static string Key(Guid roundId) => roundId.ToString("D");
}
