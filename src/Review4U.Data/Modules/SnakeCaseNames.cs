using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Review4U.Data.Modules;

/// <summary>
/// PostgreSQL names for a module's schema: <c>RoundId</c> becomes <c>round_id</c>, as raw SQL, COPY and psql read them
/// without quotes. Tables, columns, keys, indexes and foreign keys alike.
/// </summary>
public static class SnakeCaseNames
{
    /// <summary>Renames everything the model holds so far: call it last in <c>OnModelCreating</c>.</summary>
    public static void Apply(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(Of(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Of(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(Of(key.GetName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(Of(index.GetDatabaseName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(Of(foreignKey.GetConstraintName()!));
            }
        }
    }

    /// <summary>
    /// An underscore goes before an upper-case letter that follows a lower-case letter or a digit
    /// (<c>Sha256Hash</c> → <c>sha256_hash</c>); runs of capitals stay one word (<c>PK_Rounds</c> → <c>pk_rounds</c>).
    /// </summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
