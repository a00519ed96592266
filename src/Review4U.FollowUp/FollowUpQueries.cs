using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Documents.Progress;
using Review4U.Domain.Bodies;
using Review4U.Domain.Vocabulary;
using Review4U.Email.MagicLinks;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Reports;
using Review4U.FollowUp.Status;
using Review4U.Workflows.Runtime;

namespace Review4U.FollowUp;

/// <summary>What the CLI reads and the coordinator's direct actions: lists, details, an update, a status round now, a report, the plan and its ICS.</summary>
public sealed class FollowUpQueries(
    IOptions<FollowUpOptions> options, ProgressReports reports, PlanCalendar calendar, IWorkflowRuntime runtime, IMagicLinkService links, TimeProvider time)
{
    public const string FollowUpWorkflowId = "vpi-follow-up";

    public async Task<IReadOnlyList<CommitmentSummary>> ListAsync(string bodyCode, CancellationToken ct)
    {
        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await RequireBodyAsync(session, bodyCode, ct);
        var rows = await session.FollowUp.Commitments.AsNoTracking().Where(c => c.BodyId == body.Id).OrderBy(c => c.Position).ToListAsync(ct);
        var keys = rows.ToDictionary(r => r.Id, r => r.Key);
        var today = TimeZones.Today(time, body.TimeZoneId);
        return rows.Select(r => Summary(r, keys, today)).ToList();
    }

    public async Task<CommitmentDetails> ShowAsync(string bodyCode, string key, CancellationToken ct)
    {
        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await RequireBodyAsync(session, bodyCode, ct);
        var row = await RequireCommitmentAsync(session, body, key, ct);
        var parent = row.ParentId is null ? null : await session.FollowUp.Commitments.AsNoTracking().SingleAsync(c => c.Id == row.ParentId, ct);
        var keys = new Dictionary<Guid, string>();
        if (parent is not null)
        {
            keys[parent.Id] = parent.Key;
        }

        return new CommitmentDetails(
            Summary(row, keys, TimeZones.Today(time, body.TimeZoneId)), row.Description, row.ThematicArea,
            await session.FollowUp.Indicators.AsNoTracking().Where(i => i.CommitmentId == row.Id).OrderBy(i => i.Position).ToListAsync(ct),
            await session.FollowUp.Timeline.AsNoTracking().Where(t => t.CommitmentId == row.Id).OrderBy(t => t.At).ToListAsync(ct));
    }

    /// <summary>The coordinator records a status (e.g. given at a meeting); refused updates write nothing.</summary>
    public async Task<StatusUpdateResult> UpdateAsync(string bodyCode, string key, StatusUpdate update, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (CommitmentUpdater.Check(update) is { } problem)
        {
            return StatusUpdateResult.Refused(problem);
        }

        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await RequireBodyAsync(session, bodyCode, ct);
        var row = await RequireCommitmentAsync(session, body, key, ct, tracked: true);
        CommitmentUpdater.Apply(session, row, body.TimeZoneId, update, UpdateSources.Cli, actor, null, time);
        await session.FollowUp.SaveChangesAsync(ct);
        await session.CommitAsync(ct);
        return StatusUpdateResult.Ok($"{row.Key}: {row.Status}, {row.Progress}%");
    }

    /// <summary>Starts the follow-up workflow for a body and period now (once per body and period).</summary>
    public async Task<Guid> RequestStatusAsync(string bodyCode, string period, CancellationToken ct)
    {
        await using (var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct))
        {
            await RequireBodyAsync(session, bodyCode, ct);
        }

        var code = bodyCode.Trim().ToUpperInvariant();
        return await runtime.StartAsync(FollowUpWorkflowId, new Dictionary<string, object?> { ["bodyCode"] = code, ["period"] = period }, $"vpi:{code}:{period}", ct);
    }

    /// <summary>The progress report as of now (not stored, not sent): DOCX and HTML bytes.</summary>
    public async Task<(byte[] Docx, byte[] Html, string Quarter)> ReportAsync(string bodyCode, string? quarter, CancellationToken ct)
    {
        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await RequireBodyAsync(session, bodyCode, ct);
        var label = quarter ?? Quarters.Of(TimeZones.Today(time, body.TimeZoneId));
        var model = await reports.ModelAsync(session, body, label, ct);
        using var docx = new MemoryStream();
        ProgressReportWriter.WriteDocx(model, docx);
        using var html = new MemoryStream();
        ProgressReportWriter.WriteHtml(model, html);
        return (docx.ToArray(), html.ToArray(), label);
    }

    /// <summary>The latest version of a year's plan (or the given version), with its activities, decisions and outcome.</summary>
    public async Task<PlanView> PlanAsync(string bodyCode, int year, int? version, CancellationToken ct)
    {
        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await RequireBodyAsync(session, bodyCode, ct);
        var plan = await session.FollowUp.Plans.AsNoTracking()
            .Where(p => p.BodyId == body.Id && p.Year == year && (version == null || p.Version == version))
            .OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"{body.Code} has no {year} plan{(version is null ? "" : " version " + version)}.");
        var activities = await session.FollowUp.PlanActivities.AsNoTracking().Where(a => a.PlanId == plan.Id).OrderBy(a => a.StartsAt).ThenBy(a => a.Key).ToListAsync(ct);
        var reviewers = await session.FollowUp.PlanReviewers.AsNoTracking().Where(r => r.PlanId == plan.Id).ToDictionaryAsync(r => r.Id, r => r.Email, ct);
        var decisions = await session.FollowUp.PlanDecisions.AsNoTracking().Where(d => d.PlanId == plan.Id).OrderBy(d => d.At).ToListAsync(ct);
        return new PlanView(
            plan, body.Code, body.TimeZoneId, activities,
            decisions.Select(d => new PlanDecisionView(reviewers.GetValueOrDefault(d.ReviewerId, "?"), d.Kind, d.Text, d.ActivityKey, d.At)).ToList(),
            await PlanReviews.OutcomeAsync(session.FollowUp, plan, ct));
    }

    /// <summary>The plan version a reviewer's personal link opens, with the reviewer's name; null when the link is not valid.</summary>
    public async Task<(string Reviewer, PlanView Plan)?> PlanForReviewerAsync(string token, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (!resolution.IsValid)
        {
            return null;
        }

        PlanReviewerRow? reviewer;
        string? bodyCode;
        int year, version;
        await using (var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct))
        {
            reviewer = await session.FollowUp.PlanReviewers.AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == resolution.Scope!.TaskId && r.ContactId == resolution.Scope.ContactId && r.BodyId == resolution.Scope.BodyId, ct);
            if (reviewer is null)
            {
                return null;
            }

            var plan = await session.FollowUp.Plans.AsNoTracking().SingleAsync(p => p.Id == reviewer.PlanId, ct);
            bodyCode = (await BodyPeople.GetAsync(session.Domain, plan.BodyId, ct)).Code;
            (year, version) = (plan.Year, plan.Version);
        }

        return (reviewer.Name, await PlanAsync(bodyCode, year, version, ct));
    }

    /// <summary>The ICS feed of a year's approved plan (the latest version when none is approved yet).</summary>
    public async Task<string> ExportIcsAsync(string bodyCode, int year, CancellationToken ct)
    {
        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await RequireBodyAsync(session, bodyCode, ct);
        var plans = await session.FollowUp.Plans.AsNoTracking().Where(p => p.BodyId == body.Id && p.Year == year).OrderByDescending(p => p.Version).ToListAsync(ct);
        var plan = plans.Find(p => p.Status == PlanStatuses.Approved) ?? plans.FirstOrDefault()
            ?? throw new InvalidOperationException($"{body.Code} has no {year} plan.");
        var activities = await session.FollowUp.PlanActivities.AsNoTracking().Where(a => a.PlanId == plan.Id).ToListAsync(ct);
        return calendar.Export(body, plan, activities);
    }

    private static CommitmentSummary Summary(CommitmentRow r, IReadOnlyDictionary<Guid, string> keys, DateOnly today) => new(
        r.Key, r.ParentId is { } p ? keys.GetValueOrDefault(p) : null, r.Title, r.OwnerOrganisationName, r.OwnerEmail, r.DueDate, r.Status, r.Progress,
        r.Status != CommitmentStatuses.Done && r.DueDate < today);

    private static async Task<Body> RequireBodyAsync(ModuleUnitOfWork<FollowUpDbContext> session, string bodyCode, CancellationToken ct) =>
        await BodyPeople.FindAsync(session.Domain, bodyCode, ct) ?? throw new InvalidOperationException($"No body with the code \"{bodyCode}\".");

    private static async Task<CommitmentRow> RequireCommitmentAsync(ModuleUnitOfWork<FollowUpDbContext> session, Body body, string key, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? session.FollowUp.Commitments : session.FollowUp.Commitments.AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.BodyId == body.Id && c.Key == key, ct)
            ?? throw new InvalidOperationException($"{body.Code} has no commitment \"{key}\" (see review4u vpi list).");
    }
}
