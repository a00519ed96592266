namespace Review4U.Secretariat.Decisions;

/// <summary>Counts the latest vote of each member: the first choice to reach the quorum is the decision.</summary>
public static class Tally
{
    /// <summary>The quorum of a committee: a majority of its members (at least one).</summary>
    public static int MajorityOf(int members) => members <= 0 ? 1 : members / 2 + 1;

    /// <summary>The decided choice, or null while no choice has <paramref name="quorum"/> votes.</summary>
    public static string? Decide(IEnumerable<string> choices, int quorum) =>
        choices.GroupBy(c => c, StringComparer.Ordinal)
            .Where(g => g.Count() >= Math.Max(quorum, 1))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}
