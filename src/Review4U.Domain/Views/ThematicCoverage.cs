using Review4U.Domain.Vocabulary;

namespace Review4U.Domain.Views;

/// <summary>Which of the seven thematic areas a group of organisations covers, and which none of them does.</summary>
public sealed record ThematicCoverage(IReadOnlyList<string> Covered, IReadOnlyList<string> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    public static ThematicCoverage Of(IEnumerable<IEnumerable<string>> areasPerOrganisation)
    {
        var covered = areasPerOrganisation.SelectMany(a => a).ToHashSet(StringComparer.Ordinal);
        return new ThematicCoverage(
            ThematicAreas.All.Where(covered.Contains).ToList(),
            ThematicAreas.All.Where(a => !covered.Contains(a)).ToList());
    }
}
