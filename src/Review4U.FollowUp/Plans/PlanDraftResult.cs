using Review4U.Data.Members;

namespace Review4U.FollowUp.Plans;

/// <summary>The outcome of drafting a plan version: problems (then nothing was written) or the version written.</summary>
public sealed record PlanDraftResult(IReadOnlyList<ImportProblem> Problems, Guid PlanId, int Year, int Version, int ActivityCount)
{
    public bool Succeeded => Problems.Count == 0;

    public static PlanDraftResult Failed(params ImportProblem[] problems) => new(problems, Guid.Empty, 0, 0, 0);
}
