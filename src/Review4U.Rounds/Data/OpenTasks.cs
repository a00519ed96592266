using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Model;

namespace Review4U.Rounds.Data;

/// <summary>The one query for a round's tasks still owed an answer (<see cref="TaskStatuses.Open"/>).</summary>
internal static class OpenTasks
{
    public static IQueryable<RoundTaskRow> OpenIn(this IQueryable<RoundTaskRow> tasks, Guid roundId) =>
        tasks.Where(t => t.RoundId == roundId && (t.Status == TaskStatuses.Pending || t.Status == TaskStatuses.Draft));
}
