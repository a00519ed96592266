using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Members;
using Review4U.Data.Modules;
using Review4U.Domain.Vocabulary;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.People;

namespace Review4U.FollowUp.Import;

/// <summary>
/// Imports a VPI report's agreed priorities (YAML or CSV) as a body's commitments: all or nothing, every problem
/// reported as <c>file:line: field: message</c>. A re-import matches by key: new keys are created (status
/// not started, one timeline entry), known ones get the file's title, owner, due date and indicators; status,
/// progress and timeline stay as the owners reported them.
/// </summary>
public sealed class CommitmentImporter(IOptions<FollowUpOptions> options, TimeProvider time)
{
    public async Task<CommitmentImportResult> ImportFileAsync(string path, string bodyCode, bool dryRun, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return CommitmentImportResult.Failed([new ImportProblem(name, 1, "file", "not found: " + path)]);
        }

        using var reader = new StreamReader(path);
        return await ImportAsync(name, reader, bodyCode, dryRun, ct);
    }

    public async Task<CommitmentImportResult> ImportAsync(string fileName, TextReader text, string bodyCode, bool dryRun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var source = extension switch
        {
            ".csv" => CommitmentCsvReader.Read(fileName, text),
            ".yaml" or ".yml" => CommitmentYamlReader.Read(fileName, text),
            _ => new SourceCommitments([], [new ImportProblem(fileName, 1, "file", "expected a .csv, .yaml or .yml file")]),
        };
        if (source.Problems.Count > 0)
        {
            return CommitmentImportResult.Failed(source.Problems);
        }

        await using var session = await ModuleUnitOfWork.BeginAsync<FollowUpDbContext>(options.Value.ConnectionString, ct);
        var body = await BodyPeople.FindAsync(session.Domain, bodyCode, ct);
        if (body is null)
        {
            return CommitmentImportResult.Failed([new ImportProblem(fileName, 1, "body", $"no body with the code \"{bodyCode}\"")]);
        }

        var now = time.GetUtcNow();
        var today = TimeZones.Today(time, body.TimeZoneId);
        var members = await BodyPeople.MembersByEmailAsync(session.Domain, body.Id, today, ct);
        var existing = await session.FollowUp.Commitments.Where(c => c.BodyId == body.Id).ToDictionaryAsync(c => c.Key, StringComparer.Ordinal, ct);
        var (valid, problems) = CommitmentValidator.Validate(fileName, source.Commitments, members, existing.Keys.ToHashSet(StringComparer.Ordinal));
        if (problems.Count > 0)
        {
            return CommitmentImportResult.Failed(problems);
        }

        var ids = existing.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal);
        var indicators = await session.FollowUp.Indicators.Where(i => i.BodyId == body.Id).ToListAsync(ct);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var item in valid)
        {
            var parentId = item.ParentKey is null ? (Guid?)null : ids[item.ParentKey];
            if (!existing.TryGetValue(item.Key, out var row))
            {
                row = NewRow(body.Id, item, parentId, now);
                ids[item.Key] = row.Id;
                session.FollowUp.Commitments.Add(row);
                session.FollowUp.Timeline.Add(new TimelineEntryRow
                {
                    Id = Guid.CreateVersion7(), BodyId = body.Id, CommitmentId = row.Id, At = now, Date = today, Status = row.Status,
                    Progress = 0, Note = "Imported from " + fileName, Source = UpdateSources.Import, Actor = "import",
                });
                AddIndicators(session.FollowUp, row, item, []);
                created++;
                continue;
            }

            var mine = indicators.Where(i => i.CommitmentId == row.Id).OrderBy(i => i.Position).ToList();
            if (Same(row, item, parentId, mine))
            {
                unchanged++;
                continue;
            }

            Apply(row, item, parentId, now);
            session.FollowUp.Indicators.RemoveRange(mine);
            AddIndicators(session.FollowUp, row, item, mine);
            updated++;
        }

        if (!dryRun)
        {
            await session.FollowUp.SaveChangesAsync(ct);
            await session.CommitAsync(ct);
        }

        return new CommitmentImportResult([], created, updated, unchanged, dryRun);
    }

    private static CommitmentRow NewRow(Guid bodyId, ValidatedCommitment item, Guid? parentId, DateTimeOffset now)
    {
        var row = new CommitmentRow
        {
            Id = Guid.CreateVersion7(), BodyId = bodyId, Key = item.Key, Title = item.Title, Status = CommitmentStatuses.NotStarted,
            OwnerOrganisationName = "", OwnerName = "", OwnerEmail = "", OwnerLanguage = "en", CreatedAt = now,
        };
        Apply(row, item, parentId, now);
        return row;
    }

    private static void Apply(CommitmentRow row, ValidatedCommitment item, Guid? parentId, DateTimeOffset now)
    {
        row.ParentId = parentId;
        row.Position = item.Position;
        row.Title = item.Title;
        row.Description = item.Description;
        row.ThematicArea = item.Area;
        row.OwnerOrganisationId = item.Owner.OrganisationId;
        row.OwnerContactId = item.Owner.ContactId;
        row.OwnerOrganisationName = item.Owner.OrganisationName;
        row.OwnerName = item.Owner.Name;
        row.OwnerEmail = item.Owner.Email;
        row.OwnerLanguage = item.Owner.Language;
        row.DueDate = item.Due;
        row.UpdatedAt = now;
    }

    private static bool Same(CommitmentRow row, ValidatedCommitment item, Guid? parentId, List<IndicatorRow> indicators) =>
        row.ParentId == parentId && row.Position == item.Position && row.Title == item.Title && row.Description == item.Description
        && row.ThematicArea == item.Area && row.OwnerContactId == item.Owner.ContactId && row.DueDate == item.Due
        && indicators.Select(i => (i.Name, i.Baseline, i.Target)).SequenceEqual(item.Indicators.Select(i => (i.Name, i.Baseline, i.Target)));

    // Keeps each indicator's current value across a re-import when its name is unchanged.
    private static void AddIndicators(FollowUpDbContext db, CommitmentRow row, ValidatedCommitment item, List<IndicatorRow> previous)
    {
        var position = 0;
        foreach (var indicator in item.Indicators)
        {
            db.Indicators.Add(new IndicatorRow
            {
                Id = Guid.CreateVersion7(), BodyId = row.BodyId, CommitmentId = row.Id, Position = ++position, Name = indicator.Name,
                Baseline = indicator.Baseline, Target = indicator.Target,
                Current = previous.Find(p => p.Name == indicator.Name)?.Current,
            });
        }
    }
}
