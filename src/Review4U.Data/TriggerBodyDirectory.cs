using Microsoft.EntityFrameworkCore;
using Review4U.Domain.Bodies;
using Review4U.Workflows.Triggers;

namespace Review4U.Data;

/// <summary>The bodies per-body cron triggers fire for, read from the domain's bodies table (one query per trigger run).</summary>
public sealed class TriggerBodyDirectory(Review4UDbContext db) : ITriggerBodies
{
    public async Task<IReadOnlyList<TriggerBody>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Bodies.AsNoTracking()
            .OrderBy(b => b.Code)
            .Select(b => new { b.Id, b.Code, b.Name, b.Kind, b.TimeZoneId })
            .ToListAsync(ct);
        return [.. rows.Select(b => new TriggerBody(b.Id, b.Code, b.Name, b.Kind == BodyKind.RegionalNetwork ? "network" : "alliance", b.TimeZoneId))];
    }
}
