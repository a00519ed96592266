using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Domain.Vocabulary;
using Review4U.Rounds.Data;
using Review4U.Rounds.Model;
using Review4U.Rounds.Questionnaires;
using Review4U.Rounds.Recipients;
using Review4U.Workflows.Runtime;

namespace Review4U.Rounds.Launch;

/// <summary>
/// Validates a launch, inserts the round under its idempotency key (a second launch finds the first round and
/// starts nothing, unless the first stopped before its workflow started), and starts the <c>contribution-round</c>
/// workflow with the same key.
/// </summary>
public sealed class RoundLauncher(IQuestionnaireCatalog catalog, IWorkflowRuntime runtime, IOptions<RoundsOptions> options, TimeProvider time)
{
    public const string WorkflowId = "contribution-round";

    public async Task<RoundLaunchResult> LaunchAsync(RoundLaunchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The round's own connection goes back to the pool before the workflow starts, so the engine's enqueue and the
        // update below reuse it instead of opening more.
        var round = await InsertRoundAsync(request, ct);
        if (!request.StartWorkflow || round.Existing is { WorkflowInstanceId: not null })
        {
            return round.Existing ?? new RoundLaunchResult(round.Id, Created: true, null);
        }

        // A new round, or one whose launch stopped between its commit and its workflow's start (a crash): the workflow
        // starts now, once, as the engine's idempotency key makes a repeated start return the same instance.
        var instanceId = await runtime.StartAsync(new WorkflowStartRequest(WorkflowId)
        {
            Inputs = new Dictionary<string, object?> { ["roundId"] = round.Id.ToString("D"), ["bodyCode"] = round.BodyCode },
            IdempotencyKey = "round:" + round.Key,
            Actor = "rounds.launch",
            BodyId = round.BodyId,
        }, ct);
        // One autocommitted statement: it was never atomic with the workflow start, which commits in the engine's own transaction.
        await using (var connection = new NpgsqlConnection(options.Value.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await using var update = new NpgsqlCommand("UPDATE rounds.rounds SET workflow_instance_id = $1 WHERE id = $2", connection);
            update.Parameters.AddWithValue(instanceId);
            update.Parameters.AddWithValue(round.Id);
            await update.ExecuteNonQueryAsync(ct);
        }

        return new RoundLaunchResult(round.Id, Created: round.Existing is null, instanceId);
    }

    /// <summary>Validates the request and inserts the round in a transaction of its own; <c>Existing</c> when its key was launched before.</summary>
    private async Task<InsertedRound> InsertRoundAsync(RoundLaunchRequest request, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct);
        var db = tx;
        var body = await db.Domain.Bodies.AsNoTracking().Include(b => b.FocalPoints).SingleOrDefaultAsync(b => b.Code == request.BodyCode, ct)
            ?? throw new RoundLaunchException($"--body: no body has the code '{request.BodyCode}'.");
        var questionnaire = catalog.Find(request.QuestionnaireId)
            ?? throw new RoundLaunchException($"--questionnaire: no questionnaire has the id '{request.QuestionnaireId}'.");
        var unknown = request.SectionIds.Where(id => questionnaire.Sections.All(s => s.Id != id)).ToList();
        Require(unknown.Count == 0, $"--sections: '{questionnaire.Id}' has no section {string.Join(", ", unknown)} (expected: {string.Join(", ", questionnaire.Sections.Select(s => s.Id))}).");
        Require(request.Deadline > now, $"--deadline: {request.Deadline:O} is not in the future.");
        Require(request.ReminderDays.All(d => d > 0), "--reminders: days before the deadline must be positive numbers, e.g. 7,2.");
        Require(request.Attribution is "named" or "anonymised", $"--attribution: expected named or anonymised, got '{request.Attribution}'.");
        Require(request.Quorum >= 1, "--quorum: at least 1 approval is needed.");
        Require(request.ReviewDays is null or > 0, $"--review-days: expected a positive number of days, got {request.ReviewDays}.");
        var language = request.Language ?? body.DefaultLanguage;
        Require(Languages.IsKnown(language), $"--language: '{language}' is not a supported language.");
        RecipientRule rule;
        try
        {
            rule = RecipientRule.Parse(request.Recipients);
        }
        catch (FormatException e)
        {
            throw new RoundLaunchException("--" + e.Message);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(body.TimeZoneId)).DateTime);
        var focalPoint = body.FocalPoints.Where(f => f.IsCurrentOn(today)).OrderBy(f => f.Country, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new RoundLaunchException($"{body.Code} has no current government focal point: appoint one before launching a round.");

        var key = request.IdempotencyKey ?? string.Create(CultureInfo.InvariantCulture,
            $"{body.Code}:{questionnaire.Id}:{string.Join('+', request.SectionIds)}:{request.Deadline.UtcDateTime:yyyyMMddHHmm}");
        var roundId = Guid.CreateVersion7();
        var title = request.Title ?? $"{questionnaire.Title.Get(language)} ({request.Deadline.UtcDateTime:yyyy-MM-dd})";
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO rounds.rounds (id, body_id, title, questionnaire_id, questionnaire_version, section_ids, recipients_rule, deadline,
                reminder_days, escalation, quorum, attribution, language, focal_point_name, focal_point_email, idempotency_key, status, created_at, review_days)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, db.Connection, db.Transaction))
        {
            insert.Parameters.AddWithValue(roundId);
            insert.Parameters.AddWithValue(body.Id);
            insert.Parameters.AddWithValue(title);
            insert.Parameters.AddWithValue(questionnaire.Id);
            insert.Parameters.AddWithValue(questionnaire.Version);
            insert.Parameters.AddWithValue(request.SectionIds.ToArray());
            insert.Parameters.AddWithValue(rule.ToString());
            insert.Parameters.AddWithValue(request.Deadline);
            insert.Parameters.AddWithValue(request.ReminderDays.Distinct().OrderDescending().ToArray());
            insert.Parameters.AddWithValue(request.Escalation);
            insert.Parameters.AddWithValue(request.Quorum);
            insert.Parameters.AddWithValue(request.Attribution);
            insert.Parameters.AddWithValue(language);
            insert.Parameters.AddWithValue(focalPoint.Name);
            insert.Parameters.AddWithValue(focalPoint.Email);
            insert.Parameters.AddWithValue(key);
            insert.Parameters.AddWithValue(RoundStatuses.Collecting);
            insert.Parameters.AddWithValue(now);
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer, Value = (object?)request.ReviewDays ?? DBNull.Value });
            if (await insert.ExecuteNonQueryAsync(ct) == 0)
            {
                var first = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.IdempotencyKey == key, ct);
                return new InsertedRound(first.Id, body.Id, body.Code, key, new RoundLaunchResult(first.Id, Created: false, first.WorkflowInstanceId));
            }
        }

        await tx.CommitAsync(ct);
        return new InsertedRound(roundId, body.Id, body.Code, key, Existing: null);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RoundLaunchException(message);
        }
    }

    private sealed record InsertedRound(Guid Id, Guid BodyId, string BodyCode, string Key, RoundLaunchResult? Existing);
}
