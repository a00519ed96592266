using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Review4U.Data;

/// <summary>
/// The application creates its ids (Guid v7). Telling EF that no key is ever generated makes a new row with a set key
/// an INSERT (a new child added to a loaded aggregate too); otherwise a set Guid key reads as "existing row" and becomes an UPDATE.
/// </summary>
public static class AppGeneratedKeys
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()))
        {
            foreach (var property in key?.Properties ?? [])
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }
}
