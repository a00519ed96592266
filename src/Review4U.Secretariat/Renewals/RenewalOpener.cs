using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Secretariat.Data;

namespace Review4U.Secretariat.Renewals;

/// <summary>
/// Opens the renewal of a body's current secretariat term, once per (term, end): the daily trigger calls it every day
/// and only opens when the end is <see cref="SecretariatOptions.OpenDaysBeforeEnd"/> days away or fewer (the CLI can
/// force it earlier); a renewal already open for that end is found, not duplicated.
/// </summary>
public sealed class RenewalOpener(RenewalLoader loader, IOptions<SecretariatOptions> options)
{
    public async Task<RenewalOpening> OpenAsync(ModuleUnitOfWork<SecretariatDbContext> unit, string bodyCode, bool force, Guid? instanceId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var body = await RenewalLoader.LoadBodyAsync(unit.Domain, b => b.Code == bodyCode, ct)
            ?? throw new SecretariatException($"bodyCode: no body has the code '{bodyCode}'.");
        var calendarToday = loader.CalendarOf(body, DateOnly.MinValue).Today(now);
        var term = body.SecretariatToRenewOn(calendarToday);
        if (term is null)
        {
            return new RenewalOpening(RenewalOpening.NoTerm, null, $"{body.Code} has no secretariat term (start one with `review4u secretariat start`).");
        }

        var existing = await unit.Secretariat.Renewals.AsNoTracking()
            .SingleOrDefaultAsync(r => r.BodyId == body.Id && r.TermId == term.Id && r.TermEndsOn == term.EndsOn, ct);
        if (existing is not null)
        {
            return new RenewalOpening(RenewalOpening.Running, existing.Id, $"The renewal of the term ending {term.EndsOn:yyyy-MM-dd} is open already.");
        }

        var daysLeft = term.EndsOn.DayNumber - calendarToday.DayNumber;
        if (!force && !IsDue(term, calendarToday))
        {
            return new RenewalOpening(RenewalOpening.NotDue, null,
                string.Create(CultureInfo.InvariantCulture, $"The term ends on {term.EndsOn:yyyy-MM-dd}, in {daysLeft} days: the renewal opens {options.Value.OpenDaysBeforeEnd} days before."));
        }

        var calendar = loader.CalendarOf(body, term.EndsOn);
        var deadline = calendar.DaysBefore(options.Value.InterestDaysBeforeEnd);
        var earliest = now + options.Value.MinimumInterestWindow;
        if (deadline < earliest)
        {
            deadline = earliest;
        }

        var id = Guid.CreateVersion7();
        // ON CONFLICT: the daily trigger and the CLI may open the same renewal at once; the first one wins, the other finds it.
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO secretariat.renewals (id, body_id, term_id, term_ends_on, secretariat_organisation_id, ballot_id, interest_deadline,
                status, quorum, decider_count, workflow_instance_id, opened_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, $9, $10)
            ON CONFLICT (body_id, term_id, term_ends_on) DO NOTHING
            """, unit.Connection, unit.Transaction))
        {
            insert.Parameters.AddWithValue(id);
            insert.Parameters.AddWithValue(body.Id);
            insert.Parameters.AddWithValue(term.Id);
            insert.Parameters.AddWithValue(term.EndsOn);
            insert.Parameters.AddWithValue(term.OrganisationId);
            insert.Parameters.AddWithValue(Guid.CreateVersion7());
            insert.Parameters.AddWithValue(deadline);
            insert.Parameters.AddWithValue(RenewalStatuses.Collecting);
            insert.Parameters.AddWithValue(instanceId.HasValue ? instanceId.Value : DBNull.Value);
            insert.Parameters.AddWithValue(now);
            if (await insert.ExecuteNonQueryAsync(ct) == 0)
            {
                var first = await unit.Secretariat.Renewals.AsNoTracking()
                    .SingleAsync(r => r.BodyId == body.Id && r.TermId == term.Id && r.TermEndsOn == term.EndsOn, ct);
                return new RenewalOpening(RenewalOpening.Running, first.Id, $"The renewal of the term ending {term.EndsOn:yyyy-MM-dd} is open already.");
            }
        }

        return new RenewalOpening(RenewalOpening.Opened, id,
            string.Create(CultureInfo.InvariantCulture, $"Opened the renewal of the term ending {term.EndsOn:yyyy-MM-dd}; interests until {deadline:O}."));
    }

    /// <summary>The daily opening rule: the term's end is <see cref="SecretariatOptions.OpenDaysBeforeEnd"/> local days away or fewer.</summary>
    public bool IsDue(Domain.Governance.SecretariatTerm term, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.EndsOn.DayNumber - today.DayNumber <= options.Value.OpenDaysBeforeEnd;
    }
}
