using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Workflows.Triggers;

namespace Review4U.Secretariat.Renewals;

/// <summary>
/// Tells per-body triggers whether each body's secretariat renewal is due, so <c>secretariat-renewal.yaml</c>'s daily
/// trigger starts an instance only then (<c>when: body.facts.secretariatRenewalDue</c>), not every day of the year.
/// Due: the body has a term, its end is <see cref="SecretariatOptions.OpenDaysBeforeEnd"/> local days away or fewer
/// (the rule <see cref="RenewalOpener"/> applies), and no renewal of that end is open yet. Read at the trigger run,
/// which is within minutes of the occurrence it tests.
/// </summary>
public sealed class RenewalTriggerFacts(IOptions<SecretariatOptions> options, RenewalLoader loader, RenewalOpener opener, TimeProvider time) : ITriggerBodyFacts
{
    public const string Due = "secretariatRenewalDue";

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, object?>>> ReadAsync(IReadOnlyList<TriggerBody> bodies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var ids = bodies.Select(b => b.Id).ToList();
        await using var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct);
        var withTerms = await unit.Domain.Bodies.AsNoTracking()
            .Where(b => ids.Contains(b.Id))
            .Include(b => b.SecretariatTerms)
            .ToListAsync(ct);
        var opened = await unit.Secretariat.Renewals.AsNoTracking()
            .Where(r => ids.Contains(r.BodyId))
            .Select(r => new { r.BodyId, r.TermId, r.TermEndsOn })
            .ToListAsync(ct);

        var now = time.GetUtcNow();
        var result = new Dictionary<Guid, IReadOnlyDictionary<string, object?>>();
        foreach (var body in withTerms)
        {
            var today = loader.CalendarOf(body, DateOnly.MinValue).Today(now); // as the opener counts days
            var term = body.SecretariatToRenewOn(today);
            var due = term is not null
                && opener.IsDue(term, today)
                && !opened.Exists(r => r.BodyId == body.Id && r.TermId == term.Id && r.TermEndsOn == term.EndsOn);
            result[body.Id] = new Dictionary<string, object?>(StringComparer.Ordinal) { [Due] = due };
        }

        return result;
    }
}
