using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Data.Rows;

namespace Review4U.Secretariat.Renewals;

/// <summary>Finding a body's renewal by its code (CLI verbs name the body, not the renewal).</summary>
public static class RenewalQueries
{
    /// <summary>The body's latest renewal; throws a clear error when the body or the renewal does not exist.</summary>
    public static async Task<RenewalRow> CurrentAsync(ModuleUnitOfWork<SecretariatDbContext> unit, string bodyCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var bodyId = await unit.Domain.Bodies.Where(b => b.Code == bodyCode).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct)
            ?? throw new SecretariatException($"--body: no body has the code '{bodyCode}' (see `review4u bodies list`).");
        return await unit.Secretariat.Renewals.Where(r => r.BodyId == bodyId).OrderByDescending(r => r.OpenedAt).FirstOrDefaultAsync(ct)
            ?? throw new SecretariatException($"{bodyCode} has no secretariat renewal yet (start one with `review4u secretariat renewal start --body {bodyCode}`).");
    }
}
