using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Documents.Progress;
using Review4U.Domain.Bodies;
using Review4U.Domain.Vocabulary;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;

namespace Review4U.FollowUp.Reports;

/// <summary>
/// The quarterly progress report (existing <c>Documents/Progress</c>: DOCX + HTML) from the commitments as they stand,
/// stored once per (body, quarter) and delivered once to the government focal point and the configured UNODC address.
/// </summary>
public sealed class ProgressReports(IOutbox outbox, EmailTemplates templates, IOptions<FollowUpOptions> options, TimeProvider time)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The report model of a body's commitments today (also what <c>review4u vpi report</c> writes).</summary>
    public async Task<ProgressReportModel> ModelAsync(ModuleUnitOfWork<FollowUpDbContext> session, Body body, string quarter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(body);
        var commitments = await session.FollowUp.Commitments.AsNoTracking().Where(c => c.BodyId == body.Id).OrderBy(c => c.Position).ToListAsync(ct);
        var indicators = (await session.FollowUp.Indicators.AsNoTracking().Where(i => i.BodyId == body.Id).ToListAsync(ct))
            .ToLookup(i => i.CommitmentId);
        var timeline = (await session.FollowUp.Timeline.AsNoTracking().Where(t => t.BodyId == body.Id).OrderBy(t => t.At).ToListAsync(ct))
            .ToLookup(t => t.CommitmentId);
        var children = commitments.ToLookup(c => c.ParentId);

        Commitment ToModel(CommitmentRow row) => new(
            row.Key, row.Title, $"{row.OwnerOrganisationName} ({row.OwnerName})", row.DueDate, CommitmentStatuses.ToReport(row.Status), row.Progress,
            indicators[row.Id].OrderBy(i => i.Position).Select(i => new CommitmentIndicator(i.Name, i.Baseline, i.Target, i.Current)).ToList(),
            timeline[row.Id].Select(t => new TimelineEntry(t.Date, TimelineText(t))).ToList(),
            row.LastNote,
            children[row.Id].Select(ToModel).ToList());

        var language = body.DefaultLanguage;
        return new ProgressReportModel(
            body.Name, ProgressReportTitles.For(language), quarter, language, TimeZones.Today(time, body.TimeZoneId),
            children[null].Select(ToModel).ToList(), time.GetUtcNow());
    }

    /// <summary>The stored report of the quarter, written now when there is none yet.</summary>
    public async Task<ProgressReportRow> ProduceAsync(ModuleUnitOfWork<FollowUpDbContext> session, Body body, string quarter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(body);
        var existing = await session.FollowUp.ProgressReports.SingleOrDefaultAsync(r => r.BodyId == body.Id && r.Quarter == quarter, ct);
        if (existing is not null)
        {
            return existing;
        }

        var model = await ModelAsync(session, body, quarter, ct);
        using var docx = new MemoryStream();
        ProgressReportWriter.WriteDocx(model, docx);
        using var html = new MemoryStream();
        ProgressReportWriter.WriteHtml(model, html);
        var row = new ProgressReportRow
        {
            Id = Guid.CreateVersion7(), BodyId = body.Id, Quarter = quarter, AsOf = model.AsOf, Docx = docx.ToArray(), Html = html.ToArray(),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(docx.ToArray())), CreatedAt = time.GetUtcNow(),
        };
        session.FollowUp.ProgressReports.Add(row);
        await session.FollowUp.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Queues the report to the focal point and UNODC (each once per quarter). Returns the emails queued.</summary>
    public async Task<int> DeliverAsync(ModuleUnitOfWork<FollowUpDbContext> session, Body body, ProgressReportRow report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(report);
        var today = TimeZones.Today(time, body.TimeZoneId);
        var recipients = body.FocalPoints.Where(f => f.IsCurrentOn(today)).OrderBy(f => f.Country, StringComparer.Ordinal)
            .Select(f => (f.Email, f.Name)).ToList();
        if (!string.IsNullOrWhiteSpace(options.Value.UnodcEmail))
        {
            recipients.Add((options.Value.UnodcEmail, options.Value.UnodcName));
        }

        var commitments = await session.FollowUp.Commitments.AsNoTracking().Where(c => c.BodyId == body.Id && c.ParentId == null).ToListAsync(ct);
        var attention = await Status.StatusRounds.NeedingAttentionAsync(session.FollowUp, body.Id, report.AsOf, ct);
        var name = $"{body.Code}-vpi-progress-{report.Quarter}";
        var emails = recipients.Select(r => FollowUpMail.ToOutgoing(
            templates.Render(new VpiProgressReportModel
            {
                Body = BodyPeople.Identity(body), RecipientName = r.Name, Quarter = report.Quarter, CommitmentCount = commitments.Count,
                DoneCount = commitments.Count(c => c.Status == CommitmentStatuses.Done), AttentionCount = attention.Count,
                OverallProgress = commitments.Count == 0 ? 0 : (int)Math.Round(commitments.Average(c => c.Progress), MidpointRounding.AwayFromZero),
                DocumentName = name + ".docx",
            }, body.DefaultLanguage, body.DefaultLanguage),
            body.Id, $"vpi:{body.Id:N}:report:{report.Quarter}:{r.Email.ToLowerInvariant()}", r.Email, r.Name, report.Id, null, null)
            with
            {
                Attachments = [new EmailAttachment(name + ".docx", DocxContentType, report.Docx), new EmailAttachment(name + ".html", "text/html", report.Html)],
            }).ToList();
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(session.Transaction, emails, ct);
    }

    private static string TimelineText(TimelineEntryRow entry) =>
        string.IsNullOrWhiteSpace(entry.Note) ? $"{entry.Status}, {entry.Progress}%" : $"{entry.Status}, {entry.Progress}%: {entry.Note}";
}
