using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Documents.Submissions;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Model;
using Review4U.Rounds.Questionnaires;

namespace Review4U.Rounds.Compilation;

/// <summary>
/// Compiles a round's submitted answers into the DOCX and HTML submission and stores both (replacing earlier ones).
/// The document's date is the round's deadline, not the clock, so identical answers give byte-identical files.
/// </summary>
public sealed class SubmissionCompiler(IQuestionnaireCatalog catalog)
{
    public const string Docx = "docx";
    public const string Html = "html";

    public async Task<RoundDocumentRow> CompileAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var model = await BuildModelAsync(db, roundId, ct);
        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        using var docx = new MemoryStream();
        SubmissionDocumentWriter.WriteDocx(model, docx);
        using var html = new MemoryStream();
        SubmissionDocumentWriter.WriteHtml(model, html);
        var stem = $"{round.QuestionnaireId}-{round.Deadline.UtcDateTime:yyyy-MM-dd}";
        var stored = await StoreAsync(db, round, Docx, stem + ".docx", docx.ToArray(), now, ct);
        await StoreAsync(db, round, Html, stem + ".html", html.ToArray(), now, ct);
        await db.Rounds.SaveChangesAsync(ct);
        return stored;
    }

    public async Task<SubmissionModel> BuildModelAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var questionnaire = catalog.Find(round.QuestionnaireId, round.QuestionnaireVersion)
            ?? throw new InvalidOperationException($"Questionnaire {round.QuestionnaireId} v{round.QuestionnaireVersion} is not in the catalog.");
        var tasks = await db.Rounds.Tasks.AsNoTracking().Where(t => t.RoundId == roundId).OrderBy(t => t.OrganisationName).ThenBy(t => t.OrganisationId).ToListAsync(ct);
        var submitted = tasks.Where(t => t.Status == TaskStatuses.Submitted).Select(t => t.Id).ToList();
        var answers = await db.Rounds.Answers.AsNoTracking().Where(a => submitted.Contains(a.TaskId)).ToListAsync(ct);
        var attachments = await db.Rounds.Attachments.AsNoTracking().Where(a => submitted.Contains(a.TaskId))
            .Select(a => new { a.TaskId, a.QuestionId, a.FileName, a.SizeBytes }).ToListAsync(ct);
        var organisationOf = tasks.ToDictionary(t => t.Id, t => t.OrganisationId);

        var participants = tasks.Select(t => new SubmissionParticipant(
            t.OrganisationId, t.OrganisationName, t.ThematicAreas,
            t.Status switch
            {
                TaskStatuses.Submitted => ParticipationStatus.Answered,
                TaskStatuses.Declined => ParticipationStatus.Declined,
                _ => ParticipationStatus.NoResponse,
            },
            t.DeclineReason)).ToList();
        var keys = answers.Select(a => (a.TaskId, a.QuestionId))
            .Concat(attachments.Select(a => (a.TaskId, a.QuestionId))).Distinct()
            .OrderBy(k => k.QuestionId, StringComparer.Ordinal).ThenBy(k => organisationOf[k.TaskId]);
        var contributions = keys.Select(k =>
        {
            var answer = answers.Find(a => a.TaskId == k.TaskId && a.QuestionId == k.QuestionId);
            var files = attachments.Where(a => a.TaskId == k.TaskId && a.QuestionId == k.QuestionId)
                .OrderBy(a => a.FileName, StringComparer.Ordinal).Select(a => new SubmissionAttachment(a.FileName, a.SizeBytes)).ToList();
            return new SubmissionContribution(k.QuestionId, organisationOf[k.TaskId], answer?.Text, answer?.Choices ?? [], files);
        }).Where(c => !string.IsNullOrWhiteSpace(c.Text) || c.Choices.Count > 0 || c.Attachments.Count > 0).ToList();

        return new SubmissionModel(
            body.Name, round.Title, questionnaire, round.Language,
            round.Attribution == "anonymised" ? AttributionMode.Anonymised : AttributionMode.Named,
            participants, contributions, round.Deadline,
            round.SectionIds.Count == 0 ? null : round.SectionIds);
    }

    private static async Task<RoundDocumentRow> StoreAsync(
        ModuleUnitOfWork<RoundsDbContext> db, RoundRow round, string kind, string fileName, byte[] content, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.Rounds.Documents.SingleOrDefaultAsync(d => d.RoundId == round.Id && d.Kind == kind, ct);
        if (row is null)
        {
            row = new RoundDocumentRow { BodyId = round.BodyId, RoundId = round.Id, Kind = kind, FileName = fileName, Content = content, Sha256 = "" };
            db.Rounds.Documents.Add(row);
        }

        row.FileName = fileName;
        row.Content = content;
        row.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        row.CreatedAt = now;
        return row;
    }
}
