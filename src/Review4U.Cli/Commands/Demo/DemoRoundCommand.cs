using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Review4U.Cli.Commands.Rounds;
using Review4U.Cli.Infrastructure;
using Review4U.Data.Modules;
using Review4U.Documents.Questionnaires;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Questionnaires;
using Review4U.Rounds.Tasks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Commands.Demo;

/// <summary>
/// `demo round`: a round in progress on the demo alliance (after `demo seed`): launched with its workflow, tasks and
/// invitations created at once, about 40% of the members answered and 20% with a draft. The workflow's collect step
/// schedules the reminders when a worker first runs it. Safe to run again: the same key finds the same round.
/// </summary>
internal sealed class DemoRoundCommand(CliSettings cli, IAnsiConsole? console = null) : AsyncCommand<DemoRoundCommand.Settings>
{
    internal sealed class Settings : RoundSettings
    {
        [CommandOption("--body <CODE>")]
        [Description("The demo body (default NACSA-KE).")]
        public string Body { get; init; } = "NACSA-KE";

        [CommandOption("--questionnaire <ID>")]
        [Description("The questionnaire (default cluster-i-criminalization-jurisdiction).")]
        public string Questionnaire { get; init; } = "cluster-i-criminalization-jurisdiction";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = console ?? AnsiConsole.Console;
        await using var rounds = new CliRounds(cli, settings.Paths);
        await rounds.LoadWorkflowAsync(cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        RoundLaunchResult launched;
        try
        {
            launched = await rounds.Get<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
            {
                BodyCode = settings.Body,
                QuestionnaireId = settings.Questionnaire,
                Deadline = new DateTimeOffset(today.AddDays(14).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero),
                Quorum = 2,
                IdempotencyKey = $"demo-round:{settings.Body}:{settings.Questionnaire}",
            }, cancellationToken);
        }
        catch (RoundLaunchException e)
        {
            throw new UserFacingException(e.Message + " (run `review4u demo seed` first)", e);
        }

        if (!launched.Created)
        {
            output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]demo round exists already[/] {launched.RoundId}");
            return 0;
        }

        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(cli.ConnectionString, cancellationToken))
        {
            var created = await rounds.Get<TaskFanOut>().FanOutAsync(tx, launched.RoundId, null, DateTimeOffset.UtcNow, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]launched[/] demo round {launched.RoundId}: {created} tasks and invitations");
        }

        var answered = await AnswerSomeAsync(rounds, launched.RoundId, settings.Questionnaire, cancellationToken);
        output.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{answered.Submitted} members answered, {answered.Drafts} have a draft");
        return 0;
    }

    private static async Task<(int Submitted, int Drafts)> AnswerSomeAsync(CliRounds rounds, Guid roundId, string questionnaireId, CancellationToken ct)
    {
        var questionnaire = rounds.Get<IQuestionnaireCatalog>().Find(questionnaireId)!;
        List<Review4U.Rounds.Data.Rows.RoundTaskRow> tasks;
        List<Review4U.Rounds.Data.Rows.TaskContactRow> contacts;
        await using (var db = new RoundsDbContext(RoundsDatabase.Options(rounds.ConnectionString)))
        {
            tasks = await db.Tasks.AsNoTracking().Where(t => t.RoundId == roundId).OrderBy(t => t.OrganisationName).ToListAsync(ct);
            contacts = await db.TaskContacts.AsNoTracking().Where(c => tasks.Select(t => t.Id).Contains(c.TaskId)).ToListAsync(ct);
        }

        var answers = rounds.Get<TaskAnswers>();
        var (submitted, drafts) = (0, 0);
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var submit = i < tasks.Count * 2 / 5;
            if (!submit && i >= tasks.Count * 3 / 5)
            {
                break;
            }

            var question = questionnaire.AllQuestions.First(q => task.QuestionIds.Contains(q.Id) && q.Type == QuestionType.LongText);
            var contact = contacts.First(c => c.TaskId == task.Id);
            var text = $"{task.OrganisationName} (demo): our observations on {question.Id}, from our work with affected communities.";
            var result = await answers.SaveForContactAsync(task.Id, contact.ContactId, [new AnswerInput(question.Id, text, [])], submit, ct);
            if (result.Succeeded)
            {
                _ = submit ? submitted++ : drafts++;
            }
        }

        return (submitted, drafts);
    }
}
