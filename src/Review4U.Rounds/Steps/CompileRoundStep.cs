using Review4U.Data.Modules;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Data;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Rounds.Steps;

[StepType("roundCompile", Description = "Compiles the submitted answers into the DOCX and HTML submission, stored with the round.")]
[StepOutput("fileName", DataType.String, Description = "The DOCX file name.")]
[StepOutput("sha256", DataType.String, Description = "The DOCX's SHA-256 (identical answers give identical bytes).")]
public sealed class CompileRoundStep(SubmissionCompiler compiler) : RoundStep
{
    protected override async Task<StepResult> ExecuteAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, StepContext context, CancellationToken ct)
    {
        var document = await compiler.CompileAsync(db, roundId, context.Time.GetUtcNow(), ct);
        return StepResult.Completed(new Dictionary<string, object?> { ["fileName"] = document.FileName, ["sha256"] = document.Sha256 });
    }
}
