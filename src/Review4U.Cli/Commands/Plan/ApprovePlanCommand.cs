using System.ComponentModel;
using Review4U.Cli.Commands.Vpi;
using Review4U.Cli.Infrastructure;
using Review4U.FollowUp;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Plan;

internal sealed class ApprovePlanCommand(CliSettings cli, IAnsiConsole console) : AsyncCommand<ApprovePlanCommand.Settings>
{
    internal sealed class Settings : PlanYearSettings
    {
        [CommandOption("--reviewer <EMAIL>")]
        [Description("The Steering Committee member (or coordinator) whose decision this is.")]
        public string Reviewer { get; init; } = "";

        [CommandOption("--reject")]
        [Description("Record a rejection instead of an approval.")]
        public bool Reject { get; init; }

        [CommandOption("--comment-only")]
        [Description("Record only the comment, no vote.")]
        public bool CommentOnly { get; init; }

        [CommandOption("--comment <TEXT>")]
        [Description("A comment with the decision.")]
        public string? Comment { get; init; }

        [CommandOption("--activity <KEY>")]
        [Description("The activity the comment is about.")]
        public string? Activity { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Reviewer) ? ValidationResult.Error("--reviewer EMAIL is required.") : base.Validate();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var followUp = new CliFollowUp(cli, settings.Workflows);
        var view = await CliFollowUp.Guard(() => followUp.Get<FollowUpQueries>().PlanAsync(settings.Body, settings.Year, null, cancellationToken));
        var kind = settings.CommentOnly ? PlanDecisionKinds.Comment : settings.Reject ? PlanDecisionKinds.Reject : PlanDecisionKinds.Approve;
        var result = await followUp.Get<PlanReviews>().DecideForAsync(view.Plan.Id, settings.Reviewer, kind, settings.Comment, settings.Activity, cancellationToken);
        if (!result.Succeeded)
        {
            throw new UserFacingException(result.Message + "; nothing was written.");
        }

        var o = result.Outcome!;
        console.WriteRawLine($"{result.Message}: approvals {o.Approvals}/{o.Quorum}, rejections {o.Rejections} of {o.Reviewers}{(o.Decision is null ? "" : " → " + o.Decision)}");
        return 0;
    }
}
