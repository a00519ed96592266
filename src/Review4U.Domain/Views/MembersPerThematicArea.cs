using Review4U.Domain.Members;
using Review4U.Domain.Vocabulary;

namespace Review4U.Domain.Views;

/// <summary>How many member organisations work on each thematic area (all seven listed, zeros included).</summary>
public static class MembersPerThematicArea
{
    public static IReadOnlyList<AreaCount> Of(IEnumerable<MemberOrganisation> members)
    {
        var list = members.ToList();
        return ThematicAreas.All
            .Select(area => new AreaCount(area, list.Count(o => o.ThematicAreas.Contains(area))))
            .ToList();
    }
}
