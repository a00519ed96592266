using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Domain.Vocabulary;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Emails;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;
using Review4U.Workflows.Runtime;

namespace Review4U.FollowUp.Plans;

/// <summary>
/// The Steering Committee's review of a plan version: submission starts <c>annual-activity-plan</c>; each reviewer
/// (the coordinator and the SC members) gets a personal link to comment, approve or reject; the plan's quorum decides.
/// </summary>
public sealed class PlanReviews(
    IMagicLinkService links, IOutbox outbox, EmailTemplates templates, FollowUpLinks urls, IWorkflowRuntime runtime,
    IOptions<FollowUpOptions> options, TimeProvider time)
{
    public const string WorkflowId = "annual-activity-plan";

    /// <summary>The shortest time a reviewer gets to open their link, whatever the plan's dates.</summary>
    public const int ReviewDaysAtLeast = 14;

    /// <summary>Submits the year's draft for review and starts its workflow (once per version). Throws with a clear message otherwise.</summary>
    public async Task<(Guid PlanId, Guid InstanceId)> SubmitAsync(string bodyCode, int year, CancellationToken ct)
    {
        PlanRow plan;
        await using (var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct))
        {
            var body = await BodyPeople.FindAsync(session.Domain, bodyCode, ct) ?? throw new InvalidOperationException($"No body with the code \"{bodyCode}\".");
            plan = await session.FollowUp.Plans.Where(p => p.BodyId == body.Id && p.Year == year).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct)
                ?? throw new InvalidOperationException($"{body.Code} has no {year} plan; draft one first (review4u plan draft).");
            if (plan.Status is not (PlanStatuses.Draft or PlanStatuses.InReview))
            {
                throw new InvalidOperationException($"The {year} plan of {body.Code} (version {plan.Version}) is {plan.Status}; draft a new version first.");
            }

            plan.Status = PlanStatuses.InReview;
            plan.SubmittedAt ??= time.GetUtcNow();
            await session.FollowUp.SaveChangesAsync(ct);
            await session.CommitAsync(ct);
        }

        var inputs = new Dictionary<string, object?> { ["planId"] = plan.Id.ToString(), ["bodyCode"] = bodyCode.Trim().ToUpperInvariant() };
        var instanceId = await runtime.StartAsync(WorkflowId, inputs, $"plan:{plan.Id:N}", ct);
        await using (var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct))
        {
            var row = await session.FollowUp.Plans.SingleAsync(p => p.Id == plan.Id, ct);
            row.WorkflowInstanceId = instanceId;
            await session.FollowUp.SaveChangesAsync(ct);
            await session.CommitAsync(ct);
        }

        return (plan.Id, instanceId);
    }

    /// <summary>One reviewer per current coordinator / SC member and one review request each (keyed: sent once).</summary>
    public async Task<int> OpenAsync(ModuleUnitOfWork<FollowUpDbContext> session, Guid planId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var plan = await session.FollowUp.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var body = await BodyPeople.GetAsync(session.Domain, plan.BodyId, ct);
        var committee = await BodyPeople.SteeringCommitteeAsync(session.Domain, body.Id, TimeZones.Today(time, body.TimeZoneId), ct);
        var existing = await session.FollowUp.PlanReviewers.Where(r => r.PlanId == planId).ToListAsync(ct);
        var activities = await session.FollowUp.PlanActivities.AsNoTracking().Where(a => a.PlanId == planId).OrderBy(a => a.StartsAt).ToListAsync(ct);
        var lines = string.Join('\n', activities.Select(a => "- " + PlanText.Line(a, body.TimeZoneId)));
        var reviewers = committee.Select(person =>
        {
            var reviewer = existing.Find(r => r.ContactId == person.ContactId);
            if (reviewer is null)
            {
                reviewer = new PlanReviewerRow
                {
                    Id = Guid.CreateVersion7(), BodyId = body.Id, PlanId = planId, ContactId = person.ContactId, Email = person.Email, Name = person.Name, Language = person.Language,
                };
                session.FollowUp.PlanReviewers.Add(reviewer);
            }

            return (Person: person, Reviewer: reviewer);
        }).ToList();
        // A review closes when the plan's first activity starts, but never sooner than two weeks from now: a plan
        // revised once the year has begun would otherwise send links that are dead on arrival.
        var now = time.GetUtcNow();
        var firstStart = activities.Count == 0 ? now.AddDays(60) : activities.Min(a => a.StartsAt);
        var expires = firstStart > now.AddDays(ReviewDaysAtLeast) ? firstStart : now.AddDays(ReviewDaysAtLeast);
        var tokens = await links.IssueManyAsync(session.Transaction,
            [.. reviewers.Select(x => (new MagicLinkScope(body.Id, x.Reviewer.Id, x.Person.ContactId), expires))], ct);
        var identity = BodyPeople.Identity(body);
        var emails = reviewers.Select((x, i) => FollowUpMail.ToOutgoing(
            templates.Render(new PlanReviewRequestModel
            {
                Body = identity, RecipientName = x.Person.Name, PlanTitle = plan.Title, Version = plan.Version, ActivityCount = activities.Count,
                Quorum = plan.Quorum, Activities = lines, ReviewUrl = urls.PlanReview(tokens[i]),
            }, x.Person.Language, body.DefaultLanguage),
            body.Id, $"plan:{planId:N}:review:{x.Person.ContactId:N}", x.Person.Email, x.Person.Name, planId, x.Reviewer.Id, x.Person.ContactId)).ToList();

        await session.FollowUp.SaveChangesAsync(ct);
        return emails.Count == 0 ? 0 : await outbox.EnqueueAsync(session.Transaction, emails, ct);
    }

    public static async Task<PlanOutcome> OutcomeAsync(FollowUpDbContext db, PlanRow plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        var reviewers = await db.PlanReviewers.CountAsync(r => r.PlanId == plan.Id, ct);
        var votes = (await db.PlanDecisions.AsNoTracking().Where(d => d.PlanId == plan.Id && d.Kind != PlanDecisionKinds.Comment).ToListAsync(ct))
            .GroupBy(d => d.ReviewerId).Select(g => g.OrderBy(d => d.At).ThenBy(d => d.Id).Last().Kind).ToList();
        return new PlanOutcome(reviewers, votes.Count(v => v == PlanDecisionKinds.Approve), votes.Count(v => v == PlanDecisionKinds.Reject), plan.Quorum);
    }

    /// <summary>A reviewer's comment or vote through their personal link.</summary>
    public async Task<PlanDecisionResult> DecideAsync(string token, string kind, string? text, string? activityKey, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (!resolution.IsValid)
        {
            return new PlanDecisionResult(false, resolution.Status == MagicLinkStatus.Expired ? "This link has expired." : "This link is not valid.", null);
        }

        return await DecideAsync(r => r.Id == resolution.Scope!.TaskId && r.ContactId == resolution.Scope.ContactId && r.BodyId == resolution.Scope.BodyId, kind, text, activityKey, ct);
    }

    /// <summary>A reviewer's comment or vote recorded by the coordinator from the CLI (e.g. given in a meeting).</summary>
    public async Task<PlanDecisionResult> DecideForAsync(Guid planId, string reviewerEmail, string kind, string? text, string? activityKey, CancellationToken ct)
    {
        Guid? reviewerId;
        await using (var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct))
        {
            var reviewers = await session.FollowUp.PlanReviewers.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(ct);
            reviewerId = reviewers.Find(r => string.Equals(r.Email, (reviewerEmail ?? "").Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
        }

        return reviewerId is { } id
            ? await DecideAsync(r => r.Id == id, kind, text, activityKey, ct)
            : new PlanDecisionResult(false, $"\"{reviewerEmail}\" is not a reviewer of this plan.", null);
    }

    private async Task<PlanDecisionResult> DecideAsync(
        System.Linq.Expressions.Expression<Func<PlanReviewerRow, bool>> which, string kind, string? text, string? activityKey, CancellationToken ct)
    {
        if (kind is not (PlanDecisionKinds.Comment or PlanDecisionKinds.Approve or PlanDecisionKinds.Reject))
        {
            return new PlanDecisionResult(false, $"decision: \"{kind}\" is not comment, approve or reject", null);
        }

        if (kind == PlanDecisionKinds.Comment && string.IsNullOrWhiteSpace(text))
        {
            return new PlanDecisionResult(false, "comment: the text is empty", null);
        }

        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var reviewer = await session.FollowUp.PlanReviewers.AsNoTracking().SingleOrDefaultAsync(which, ct);
        if (reviewer is null)
        {
            return new PlanDecisionResult(false, "Not a reviewer of this plan.", null);
        }

        var plan = await session.FollowUp.Plans.AsNoTracking().SingleAsync(p => p.Id == reviewer.PlanId, ct);
        if (plan.Status != PlanStatuses.InReview)
        {
            return new PlanDecisionResult(false, $"The plan is {plan.Status}; its review is over.", null);
        }

        if (activityKey is not null && !await session.FollowUp.PlanActivities.AnyAsync(a => a.PlanId == plan.Id && a.Key == activityKey, ct))
        {
            return new PlanDecisionResult(false, $"activity: the plan has no activity \"{activityKey}\"", null);
        }

        session.FollowUp.PlanDecisions.Add(new PlanDecisionRow
        {
            Id = Guid.CreateVersion7(), BodyId = plan.BodyId, PlanId = plan.Id, ReviewerId = reviewer.Id, Kind = kind,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), ActivityKey = activityKey, At = time.GetUtcNow(),
        });
        await session.FollowUp.SaveChangesAsync(ct);
        var outcome = await OutcomeAsync(session.FollowUp, plan, ct);
        await session.CommitAsync(ct);
        if (kind != PlanDecisionKinds.Comment)
        {
            await runtime.PublishEventAsync(FollowUpEvents.PlanDecided, FollowUpEvents.Key(plan.Id), null, ct);
        }

        return new PlanDecisionResult(true, $"{kind} recorded", outcome);
    }
}
