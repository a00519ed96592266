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
/// starts nothing), and starts the <c>contribution-round</c> workflow with the same key.
/// </summary>
public sealed class RoundLauncher(IQuestionnaireCatalog catalog, IWorkflowRuntime runtime, IOptions<RoundsOptions> options, TimeProvider time)
{
    public const string WorkflowId = "contribution-round";

    public async Task<RoundLaunchResult> LaunchAsync(RoundLaunchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
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
                return new RoundLaunchResult(first.Id, Created: false, first.WorkflowInstanceId);
            }
        }

        await tx.CommitAsync(ct);
        if (!request.StartWorkflow)
        {
            return new RoundLaunchResult(roundId, Created: true, null);
        }

        var instanceId = await runtime.StartAsync(new WorkflowStartRequest(WorkflowId)
        {
            Inputs = new Dictionary<string, object?> { ["roundId"] = roundId.ToString("D"), ["bodyCode"] = body.Code },
            IdempotencyKey = "round:" + key,
            Actor = "rounds.launch",
            BodyId = body.Id,
        }, ct);
        // One autocommitted statement on the launch's own connection, still open after its commit: a connection of its
        // own only added an open (unpooled, a backend start). It was never atomic with the workflow start, which commits
        // in the engine's own transaction.
        await using (var update = new NpgsqlCommand("UPDATE rounds.rounds SET workflow_instance_id = $1 WHERE id = $2", db.Connection))
        {
            update.Parameters.AddWithValue(instanceId);
            update.Parameters.AddWithValue(roundId);
            await update.ExecuteNonQueryAsync(ct);
        }

        return new RoundLaunchResult(roundId, Created: true, instanceId);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RoundLaunchException(message);
        }
    }
}
