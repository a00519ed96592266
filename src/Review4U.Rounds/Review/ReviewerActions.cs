using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Email.Templates;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Model;
using Review4U.Rounds.Questionnaires;

namespace Review4U.Rounds.Review;

/// <summary>
/// What a reviewer does behind their link: open the draft, comment, propose an edit of one question's text, approve or
/// reject (recorded through <see cref="ReviewBoard"/>, which wakes the workflow). Every check runs before anything is
/// written: an unknown, expired or wrong link, a closed review or a bad value writes nothing.
/// </summary>
public sealed class ReviewerActions(
    IMagicLinkService links, IQuestionnaireCatalog catalog, ReviewBoard board, RoundLinks urls, IOptions<RoundsOptions> options, TimeProvider time)
{
    public const int MaxTextLength = 20_000;

    public async Task<(ReviewResult Result, ReviewView? View)> OpenAsync(Guid roundId, string? token, CancellationToken ct)
    {
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct);
        var (result, reviewer, round, language) = await ResolveAsync(tx, roundId, token, ct);
        if (reviewer is null || round is null)
        {
            return (result, null);
        }

        var mine = await tx.Rounds.ReviewDecisions.AsNoTracking().Where(d => d.ReviewTaskId == reviewer.Id)
            .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync(ct);
        var outcome = await ReviewBoard.OutcomeAsync(tx.Rounds, roundId, ct);
        return (ReviewResult.Ok, new ReviewView(round, reviewer, language, Questions(round, language), mine, outcome));
    }

    /// <summary>The compiled draft as HTML (the document the reviewer is asked to approve).</summary>
    public async Task<(ReviewResult Result, byte[]? Html)> DraftAsync(Guid roundId, string? token, CancellationToken ct)
    {
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct);
        var (result, reviewer, _, _) = await ResolveAsync(tx, roundId, token, ct);
        if (reviewer is null)
        {
            return (result, null);
        }

        var html = await tx.Rounds.Documents.AsNoTracking()
            .Where(d => d.RoundId == roundId && d.Kind == SubmissionCompiler.Html).Select(d => d.Content).SingleOrDefaultAsync(ct);
        return html is null
            ? (ReviewResult.Fail(ReviewError.ReviewClosed, "The draft of this round is not compiled (any more)."), null)
            : (ReviewResult.Ok, html);
    }

    public Task<ReviewResult> CommentAsync(Guid roundId, string? token, string? text, string? questionId, CancellationToken ct) =>
        RecordAsync(roundId, token, ReviewDecisionKinds.Comment, text, questionId, ct);

    /// <summary>Proposes a new wording for what the draft says under one question.</summary>
    public Task<ReviewResult> ProposeEditAsync(Guid roundId, string? token, string? questionId, string? text, CancellationToken ct) =>
        RecordAsync(roundId, token, ReviewDecisionKinds.ProposedEdit, text, string.IsNullOrWhiteSpace(questionId) ? "" : questionId, ct);

    /// <summary>Approves or rejects (<c>approve</c> / <c>reject</c>); a later decision replaces the reviewer's earlier one.</summary>
    public Task<ReviewResult> DecideAsync(Guid roundId, string? token, string? decision, string? reason, CancellationToken ct) =>
        decision is ReviewDecisionKinds.Approve or ReviewDecisionKinds.Reject
            ? RecordAsync(roundId, token, decision, string.IsNullOrWhiteSpace(reason) ? null : reason, null, ct)
            : Task.FromResult(ReviewResult.Fail(ReviewError.Invalid, $"A decision is approve or reject, not '{decision}'."));

    /// <summary>For an expired link: emails a fresh one to the same reviewer (rate-limited by the email module).</summary>
    public async Task<ReviewResult> RequestFreshLinkAsync(Guid roundId, string? token, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (!resolution.CanRenewForScope)
        {
            return ReviewResult.Fail(ReviewError.UnknownToken, "A fresh link can only be sent for a known, expired link; ask your coordinator.");
        }

        var scope = resolution.Scope!;
        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct);
        var db = tx;
        var reviewer = await db.Rounds.ReviewTasks.AsNoTracking().SingleOrDefaultAsync(r => r.Id == scope.TaskId && r.ContactId == scope.ContactId, ct);
        if (reviewer is null || reviewer.RoundId != roundId)
        {
            return ReviewResult.Fail(ReviewError.WrongLink, "This link is not a review link of this round.");
        }

        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        var body = await db.Domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == round.BodyId, ct);
        var language = await LanguageOfAsync(db, round.BodyId, reviewer.ContactId, ct);
        var floor = time.GetUtcNow().AddDays(1);
        var expiry = links.DefaultExpiry(round.ReviewDeadline ?? time.GetUtcNow() + options.Value.ReviewLinkPeriod);
        await links.RequestFreshLinkAsync(new MagicLinkRenewal
        {
            Scope = scope, To = reviewer.Email, RecipientName = reviewer.Name, PreferredLanguage = language, BodyLanguage = body.DefaultLanguage,
            Body = RoundMail.IdentityOf(body), RoundTitle = round.Title, RoundId = roundId,
            TaskUrl = fresh => urls.Review(roundId, fresh), ExpiresAt = expiry > floor ? expiry : floor,
        }, ct);
        return ReviewResult.Ok with { Language = language };
    }

    private async Task<ReviewResult> RecordAsync(Guid roundId, string? token, string kind, string? text, string? questionId, CancellationToken ct)
    {
        ReviewTaskRow reviewer;
        string language;
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(options.Value.ConnectionString, ct))
        {
            var (result, found, round, foundLanguage) = await ResolveAsync(tx, roundId, token, ct);
            if (found is null || round is null)
            {
                return result;
            }

            (reviewer, language) = (found, foundLanguage);
            if (round.Status != RoundStatuses.Review)
            {
                return Closed(round, language);
            }

            if (kind is ReviewDecisionKinds.Comment or ReviewDecisionKinds.ProposedEdit && string.IsNullOrWhiteSpace(text))
            {
                return ReviewResult.Fail(ReviewError.Invalid, kind == ReviewDecisionKinds.Comment ? "A comment needs its text." : "A proposed edit needs the new wording.", language);
            }

            if (text is { Length: > MaxTextLength })
            {
                return ReviewResult.Fail(ReviewError.Invalid, $"Please keep a text under {MaxTextLength} characters.", language);
            }

            if (questionId is not null && (questionId.Length > 0 || kind == ReviewDecisionKinds.ProposedEdit)
                && Questions(round, language).All(q => q.Id != questionId))
            {
                return ReviewResult.Fail(ReviewError.Invalid,
                    questionId.Length == 0 ? "A proposed edit names the question it changes." : $"The draft has no question '{questionId}'.", language);
            }
        }

        try
        {
            await board.DecideAsync(reviewer.Id, kind, text?.Trim(), string.IsNullOrEmpty(questionId) ? null : questionId, ct);
        }
        catch (InvalidOperationException e)
        {
            // The review closed between the check and the write (another reviewer's vote reached the quorum).
            return ReviewResult.Fail(ReviewError.ReviewClosed, e.Message, language);
        }

        return ReviewResult.Ok with { Language = language };
    }

    private async Task<(ReviewResult, ReviewTaskRow?, RoundRow?, string)> ResolveAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid roundId, string? token, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (resolution.Status == MagicLinkStatus.Unknown || resolution.Scope is not { } scope)
        {
            return (ReviewResult.Fail(ReviewError.UnknownToken, "This link is not known. Please use the link from your most recent review email."), null, null, "");
        }

        var reviewer = await db.Rounds.ReviewTasks.AsNoTracking().SingleOrDefaultAsync(r => r.Id == scope.TaskId && r.ContactId == scope.ContactId, ct);
        var language = await LanguageOfAsync(db, scope.BodyId, scope.ContactId, ct);
        if (reviewer is null || reviewer.RoundId != roundId)
        {
            return (ReviewResult.Fail(ReviewError.WrongLink, reviewer is null
                ? "This link is not a review link: it opens a member's task, not a draft to review."
                : "This link belongs to the review of another round; open it from its own email.", language), null, null, language);
        }

        if (resolution.Status == MagicLinkStatus.Expired)
        {
            return (ReviewResult.Fail(ReviewError.ExpiredToken, "This review link has expired. We can send you a fresh one.", language), null, null, language);
        }

        var round = await db.Rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, ct);
        return round.Status == RoundStatuses.Review
            ? (ReviewResult.Ok, reviewer, round, language)
            : (Closed(round, language), null, null, language);
    }

    private static ReviewResult Closed(RoundRow round, string language) =>
        ReviewResult.Fail(ReviewError.ReviewClosed, $"The review of '{round.Title}' is over (the round is {round.Status}); this link has served its purpose.", language);

    /// <summary>Chosen like the emails': the reviewer's language when shipped, else the body's default, else English.</summary>
    private static async Task<string> LanguageOfAsync(ModuleUnitOfWork<RoundsDbContext> db, Guid bodyId, Guid contactId, CancellationToken ct)
    {
        var preferred = await db.Domain.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.PreferredLanguage).SingleOrDefaultAsync(ct);
        var bodyDefault = await db.Domain.Bodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => b.DefaultLanguage).SingleOrDefaultAsync(ct);
        return LanguageChooser.Choose(preferred, bodyDefault);
    }

    private List<(string Id, string Text)> Questions(RoundRow round, string language)
    {
        var questionnaire = catalog.Find(round.QuestionnaireId, round.QuestionnaireVersion)
            ?? throw new InvalidOperationException($"Questionnaire {round.QuestionnaireId} v{round.QuestionnaireVersion} is not in the catalog.");
        return questionnaire.Sections
            .Where(s => round.SectionIds.Count == 0 || round.SectionIds.Contains(s.Id))
            .SelectMany(s => s.Questions).Select(q => (q.Id, q.Text.Get(language))).ToList();
    }
}
