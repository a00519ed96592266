using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Data;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Model;

namespace Review4U.Rounds.Review;

/// <summary>
/// Emails the round's reviewers, set-based in the caller's transaction: one magic link each (one COPY), the compiled
/// DOCX attached, the HTML draft and the review page linked, all emails in one outbox COPY. The request goes to every
/// reviewer once (keyed by review task); the reminder goes once to those who have not approved or rejected yet.
/// Links last until the review deadline (without one, <see cref="RoundsOptions.ReviewLinkPeriod"/> after sending) plus the grace.
/// </summary>
public sealed class ReviewRequests(
    IMagicLinkService links, IOutbox outbox, EmailTemplates templates, RoundLinks urls, Microsoft.Extensions.Options.IOptions<RoundsOptions> options)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public Task<int> SendRequestsAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, DateTimeOffset now, CancellationToken ct) =>
        SendAsync(db, roundId, reminder: false, now, ct);

    public Task<int> SendRemindersAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, DateTimeOffset now, CancellationToken ct) =>
        SendAsync(db, roundId, reminder: true, now, ct);

    private async Task<int> SendAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, bool reminder, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var document = await db.Rounds.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.RoundId == roundId && d.Kind == SubmissionCompiler.Docx, ct)
            ?? throw new InvalidOperationException($"Round '{round.Title}' has no compiled draft: compile before asking for a review.");
        var reviewers = await db.Rounds.ReviewTasks.AsNoTracking().Where(r => r.RoundId == roundId).OrderBy(r => r.Email).ToListAsync(ct);
        if (reminder)
        {
            var decided = await db.Rounds.ReviewDecisions.AsNoTracking()
                .Where(d => d.RoundId == roundId && (d.Kind == ReviewDecisionKinds.Approve || d.Kind == ReviewDecisionKinds.Reject))
                .Select(d => d.ReviewTaskId).Distinct().ToListAsync(ct);
            reviewers = reviewers.Where(r => r.RemindedAt is null && !decided.Contains(r.Id)).ToList();
            var reminded = reviewers.Select(r => r.Id).ToList();
            await db.Rounds.ReviewTasks.Where(r => reminded.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedAt, now), ct);
        }

        if (reviewers.Count == 0)
        {
            return 0;
        }

        var contactIds = reviewers.Select(r => r.ContactId).ToList();
        var languages = await db.Domain.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.PreferredLanguage, ct);
        var contributors = await db.Rounds.Tasks.CountAsync(t => t.RoundId == roundId && t.Status == TaskStatuses.Submitted, ct);
        var expiry = links.DefaultExpiry(round.ReviewDeadline ?? now + options.Value.ReviewLinkPeriod);
        var tokens = await links.IssueManyAsync(
            db.Transaction, reviewers.Select(r => (new MagicLinkScope(round.BodyId, r.Id, r.ContactId), expiry)).ToList(), ct);
        var identity = RoundMail.IdentityOf(body);
        var occasion = reminder ? "review-reminder" : "review-request";
        var emails = reviewers.Select((reviewer, i) =>
        {
            var rendered = templates.Render(new ReviewRequestModel
            {
                Body = identity,
                RecipientName = reviewer.Name,
                RoundTitle = round.Title,
                ContributorCount = contributors,
                Quorum = round.Quorum,
                ReviewUrl = urls.Review(roundId, tokens[i]),
                DraftUrl = urls.ReviewDraft(roundId, tokens[i]),
                DocumentName = document.FileName,
                ReviewDeadline = round.ReviewDeadline,
                IsReminder = reminder,
            }, languages.GetValueOrDefault(reviewer.ContactId), body.DefaultLanguage);
            return RoundMail.ToOutgoing(
                    rendered, round.BodyId, $"round:{roundId:N}:{occasion}:{reviewer.Id:N}", RoundEmailCategories.ReviewRequest,
                    reviewer.Email, reviewer.Name, roundId, reviewer.Id, reviewer.ContactId)
                with { Attachments = [new EmailAttachment(document.FileName, DocxType, document.Content)] };
        }).ToList();
        return await outbox.EnqueueAsync(db.Transaction, emails, ct);
    }
}
