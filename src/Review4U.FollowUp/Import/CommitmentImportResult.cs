using Review4U.Data.Members;

namespace Review4U.FollowUp.Import;

/// <summary>The outcome of an import: problems (then nothing was written) or what changed.</summary>
public sealed record CommitmentImportResult(IReadOnlyList<ImportProblem> Problems, int Created, int Updated, int Unchanged, bool DryRun)
{
    public bool Succeeded => Problems.Count == 0;

    public static CommitmentImportResult Failed(IReadOnlyList<ImportProblem> problems) => new(problems, 0, 0, 0, false);
}
