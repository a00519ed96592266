namespace Review4U.Domain.Governance;

/// <summary>
/// Dated terms are half-open: a term starting on S and ending on E covers S up to the day before E, so a
/// successor may start on the day its predecessor's term ends. An open term (no end) runs on.
/// </summary>
public static class Terms
{
    public static bool Covers(DateOnly start, DateOnly? end, DateOnly day) => start <= day && (end is null || day < end);

    public static bool Overlap(DateOnly startA, DateOnly? endA, DateOnly startB, DateOnly? endB) =>
        (endB is null || startA < endB) && (endA is null || startB < endA);
}
