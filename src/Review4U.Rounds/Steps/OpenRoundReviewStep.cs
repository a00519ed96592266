using Review4U.Data.Modules;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Data;
using Review4U.Rounds.Review;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundOpenReview", Description = "Compiles the draft, gives each Steering Committee member (and the coordinator) a review task and emails them the draft.")]
[StepOutput("reviewers", DataType.Int, Description = "How many review tasks the round has.")]
public sealed class OpenRoundReviewStep(SubmissionCompiler compiler, ReviewRequests requests) : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct)
    {
        var now = context.Time.GetUtcNow();
        await compiler.CompileAsync(db, roundId, now, ct);
        var reviewers = await ReviewBoard.OpenAsync(db, roundId, now, ct);
        await requests.SendRequestsAsync(db, roundId, now, ct);
        return Done("reviewers", reviewers);
    }
}
