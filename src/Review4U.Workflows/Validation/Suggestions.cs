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

    // Optimal string alignment distance: a swap of two neighbouring letters ("chlid") counts as one edit.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
