using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Members;
using Review4U.Data.Modules;
using Review4U.Domain.Vocabulary;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;

namespace Review4U.FollowUp.Plans;

/// <summary>
/// The coordinator drafts a year's plan from a YAML file of activities: a new version after a rejected one, the
/// same draft rewritten while it is not yet submitted. All or nothing; problems as <c>file:line: field: message</c>.
/// </summary>
public sealed class PlanDrafting(IOptions<FollowUpOptions> options, TimeProvider time)
{
    public async Task<PlanDraftResult> DraftFileAsync(string path, string bodyCode, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        return File.Exists(path)
            ? await DraftAsync(name, await File.ReadAllTextAsync(path, ct), bodyCode, ct)
            : PlanDraftResult.Failed(new ImportProblem(name, 1, "file", "not found: " + path));
    }

    public async Task<PlanDraftResult> DraftAsync(string fileName, string content, string bodyCode, CancellationToken ct)
    {
        var (title, year, quorum, activities, problems) = PlanFileReader.Read(fileName, content);
        if (problems.Count > 0)
        {
            return new PlanDraftResult(problems, Guid.Empty, 0, 0, 0);
        }

        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await BodyPeople.FindAsync(session.Domain, bodyCode, ct);
        if (body is null)
        {
            return PlanDraftResult.Failed(new ImportProblem(fileName, 1, "body", $"no body with the code \"{bodyCode}\""));
        }

        var members = await BodyPeople.MembersByEmailAsync(session.Domain, body.Id, TimeZones.Today(time, body.TimeZoneId), ct);
        problems.AddRange(activities.Where(a => !members.ContainsKey(a.Owner.ToLowerInvariant()))
            .Select(a => new ImportProblem(fileName, a.OwnerLine, "owner", $"\"{a.Owner}\" is not a contact of a member organisation of {body.Code}")));
        var latest = await session.FollowUp.Plans.Where(p => p.BodyId == body.Id && p.Year == year).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        if (latest is { Status: PlanStatuses.Approved or PlanStatuses.InReview })
        {
            problems.Add(new ImportProblem(fileName, 1, "year", $"the {year} plan of {body.Code} is {latest.Status} (version {latest.Version}); it cannot be redrafted now"));
        }

        if (problems.Count > 0)
        {
            return new PlanDraftResult(problems, Guid.Empty, 0, 0, 0);
        }

        var now = time.GetUtcNow();
        var plan = latest is { Status: PlanStatuses.Draft } ? latest : null;
        if (plan is null)
        {
            plan = new PlanRow
            {
                Id = Guid.CreateVersion7(), BodyId = body.Id, Year = year, Version = (latest?.Version ?? 0) + 1, Title = title, Status = PlanStatuses.Draft,
            };
            session.FollowUp.Plans.Add(plan);
        }
        else
        {
            session.FollowUp.PlanActivities.RemoveRange(await session.FollowUp.PlanActivities.Where(a => a.PlanId == plan.Id).ToListAsync(ct));
        }

        plan.Title = title;
        plan.Quorum = quorum;
        plan.DraftedAt = now;
        foreach (var activity in activities)
        {
            var owner = members[activity.Owner.ToLowerInvariant()];
            session.FollowUp.PlanActivities.Add(new PlanActivityRow
            {
                Id = Guid.CreateVersion7(), BodyId = body.Id, PlanId = plan.Id, Key = activity.Key, Kind = activity.Kind, Title = activity.Title,
                Description = activity.Description, Location = activity.Location, StartsAt = activity.Starts.InZone(body.TimeZoneId),
                EndsAt = activity.Ends.InZone(body.TimeZoneId), OwnerContactId = owner.ContactId, OwnerName = owner.Name, OwnerEmail = owner.Email,
                OwnerLanguage = owner.Language, ReminderDays = [.. activity.ReminderDays], Status = "planned",
            });
        }

        await session.FollowUp.SaveChangesAsync(ct);
        await session.CommitAsync(ct);
        return new PlanDraftResult([], plan.Id, plan.Year, plan.Version, activities.Count);
    }
}
