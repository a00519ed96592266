namespace Review4U.Workflows.Validation;

/// <summary>"Did you mean …" hints by edit distance, and lists of the names that would be accepted.</summary>
public static class Suggestions
{
    /// <summary>A hint naming the closest candidate (if any is close) and, when short enough, every candidate.</summary>
    public static string Hint(string given, IEnumerable<string> candidates, string what)
    {
        ArgumentNullException.ThrowIfNull(given);
        var known = candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (known.Count == 0)
        {
            return $"there are no {what}";
        }

        var closest = Closest(given, known);
        var list = known.Count <= 12 ? $"{what}: {string.Join(", ", known)}" : $"{known.Count} {what} exist";
        return closest is null ? list : $"did you mean '{closest}'? {list}";
    }

    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(given);
        var best = candidates
            .Select(candidate => (candidate, distance: Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.candidate is not null && best.distance <= Math.Max(1, given.Length / 3) ? best.candidate : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
