namespace Review4U.Data.Members;

/// <summary>Either the problems of a rejected file (nothing was written) or the counts of an accepted one.</summary>
public sealed record ImportResult(IReadOnlyList<ImportProblem> Problems, ImportCounts? Counts, bool DryRun)
{
    public bool Succeeded => Problems.Count == 0;
}
