using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Model;

namespace Review4U.Rounds.Answers;

/// <summary>
/// Writes one save of a task's answers as one batch in the caller's transaction: each answer inserted, or updated only
/// if its version is still the one read (as EF Core's concurrency token checked it), a version row per answer, on a
/// submit every answer of the task marked submitted, and the task's status. Profiled under 50 concurrent submitters,
/// EF Core's change tracking and SaveChanges pipeline were a quarter of the web host's CPU per submit; these fixed
/// statements also let Npgsql keep them prepared. Failures surface as EF Core's did: a <see cref="DbUpdateException"/>
/// around the <see cref="PostgresException"/> (a unique violation when two first saves of one answer race), and a
/// <see cref="DbUpdateConcurrencyException"/> when another save changed an answer since it was read.
/// </summary>
internal static class AnswerWriter
{
    private const string InsertAnswer =
        "INSERT INTO rounds.answers (id, body_id, round_id, task_id, question_id, text, choices, status, version, contact_id, updated_at) "
        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

    private const string UpdateAnswer =
        "UPDATE rounds.answers SET text = $1, choices = $2, status = $3, version = $4, contact_id = $5, updated_at = $6 WHERE id = $7 AND version = $8";

    private const string InsertVersion =
        "INSERT INTO rounds.answer_versions (answer_id, version, body_id, text, choices, status, contact_id, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

    private const string SubmitOtherAnswers = "UPDATE rounds.answers SET status = $1 WHERE task_id = $2 AND status <> $1";

    private const string UpdateTask = "UPDATE rounds.tasks SET status = $1, decline_reason = NULL, submitted_at = COALESCE($2, submitted_at) WHERE id = $3";

    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TaskAccess access, IReadOnlyDictionary<string, AnswerRow> existing,
        IReadOnlyList<AnswerInput> inputs, bool submit, DateTimeOffset now, CancellationToken ct)
    {
        var status = submit ? AnswerStatuses.Submitted : AnswerStatuses.Draft;
        var task = access.Task;
        // What this save has written so far per question: a question named twice updates its own first write.
        // An answer saved as a draft keeps the status it had (a submitted answer stays submitted); a submit marks them all.
        var written = existing.ToDictionary(e => e.Key, e => (e.Value.Id, e.Value.Version, e.Value.Status), StringComparer.Ordinal);
        var checkedUpdates = new List<NpgsqlBatchCommand>();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var input in inputs)
        {
            var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
            var choices = input.Choices.ToArray();
            NpgsqlBatchCommand write;
            (Guid Id, int Version, string Status) answer;
            if (written.TryGetValue(input.QuestionId, out var before))
            {
                answer = (before.Id, before.Version + 1, submit ? AnswerStatuses.Submitted : before.Status);
                write = Command(UpdateAnswer, Text(text), Choices(choices), Value(answer.Status), Value(answer.Version), Value(access.ContactId), Value(now),
                    Value(answer.Id), Value(before.Version));
                checkedUpdates.Add(write);
            }
            else
            {
                answer = (Guid.CreateVersion7(), 1, status);
                write = Command(InsertAnswer, Value(answer.Id), Value(task.BodyId), Value(access.Round.Id), Value(task.Id), Value(input.QuestionId),
                    Text(text), Choices(choices), Value(answer.Status), Value(answer.Version), Value(access.ContactId), Value(now));
            }

            written[input.QuestionId] = answer;
            batch.BatchCommands.Add(write);
            batch.BatchCommands.Add(Command(InsertVersion, Value(answer.Id), Value(answer.Version), Value(task.BodyId), Text(text), Choices(choices),
                Value(status), Value(access.ContactId), Value(now)));
        }

        if (submit)
        {
            batch.BatchCommands.Add(Command(SubmitOtherAnswers, Value(AnswerStatuses.Submitted), Value(task.Id)));
        }

        var taskStatus = submit || task.Status is TaskStatuses.Submitted ? TaskStatuses.Submitted : TaskStatuses.Draft;
        batch.BatchCommands.Add(Command(UpdateTask, Value(taskStatus),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = submit ? now : DBNull.Value }, Value(task.Id)));
        try
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e)
        {
            throw new DbUpdateException($"Saving the answers of task {task.Id} failed: {e.MessageText}", e);
        }

        if (checkedUpdates.Any(c => c.RecordsAffected != 1))
        {
            throw new DbUpdateConcurrencyException($"An answer of task {task.Id} was saved by another request since it was read.");
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<T> Value<T>(T value) => new() { TypedValue = value };

    private static NpgsqlParameter Text(string? text) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)text ?? DBNull.Value };

    private static NpgsqlParameter Choices(string[] choices) => new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = choices };
}
