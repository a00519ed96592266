using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data;
using Review4U.Data.Modules;
using Review4U.Domain.Bodies;
using Review4U.Rounds.Emails;
using Review4U.Secretariat.Data;

namespace Review4U.Secretariat.Renewals;

/// <summary>Loads a renewal's scene inside a unit; the body is tracked, so a decision can change it in the same transaction.</summary>
public sealed class RenewalLoader(IOptions<SecretariatOptions> options)
{
    public async Task<RenewalScene?> FindAsync(ModuleUnitOfWork<SecretariatDbContext> unit, Guid renewalId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var renewal = await unit.Secretariat.Renewals.SingleOrDefaultAsync(r => r.Id == renewalId, ct);
        if (renewal is null)
        {
            return null;
        }

        var body = await LoadBodyAsync(unit.Domain, b => b.Id == renewal.BodyId, ct)
            ?? throw new InvalidOperationException($"Renewal {renewalId} belongs to no body.");
        var contacts = await new BodyStore(unit.Domain).ContactsAsync(body.Id, ct);
        var secretariat = await unit.Domain.Organisations.AsNoTracking()
            .Where(o => o.Id == renewal.SecretariatOrganisationId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "?";
        return new RenewalScene(renewal, body, RoundMail.IdentityOf(body), CalendarOf(body, renewal.TermEndsOn), secretariat, contacts);
    }

    public async Task<RenewalScene> GetAsync(ModuleUnitOfWork<SecretariatDbContext> unit, Guid renewalId, CancellationToken ct) =>
        await FindAsync(unit, renewalId, ct) ?? throw new InvalidOperationException($"No renewal has the id {renewalId}.");

    public RenewalCalendar CalendarOf(Body body, DateOnly termEndsOn)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new RenewalCalendar(termEndsOn, TimeZoneInfo.FindSystemTimeZoneById(body.TimeZoneId), options.Value.LocalSendTime);
    }

    public static Task<Body?> LoadBodyAsync(Review4UDbContext domain, System.Linq.Expressions.Expression<Func<Body, bool>> which, CancellationToken ct) =>
        domain.Bodies
            .Include(b => b.Memberships)
            .Include(b => b.Roles)
            .Include(b => b.SecretariatTerms).ThenInclude(t => t.Renewals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(which, ct);
}
