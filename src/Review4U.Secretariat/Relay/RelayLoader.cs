using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Domain.Bodies;

namespace Review4U.Secretariat.Relay;

/// <summary>The national alliances of a set of countries, with their roles (to find each coordinator), by code.</summary>
internal static class RelayLoader
{
    public static async Task<IReadOnlyList<Body>> AlliancesAsync(Review4UDbContext domain, IReadOnlyCollection<string> countries, CancellationToken ct)
    {
        var list = countries.ToList();
        var alliances = await domain.Bodies.AsNoTracking().Include(b => b.Roles)
            .Where(b => b.Kind == BodyKind.NationalAlliance && b.Country != null && list.Contains(b.Country))
            .ToListAsync(ct);
        return alliances.OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
    }
}
