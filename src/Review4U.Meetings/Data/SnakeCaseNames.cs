using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Review4U.Meetings.Data;

/// <summary>PostgreSQL names for the meetings schema: <c>MeetingId</c> becomes <c>meeting_id</c>.</summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
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
        }
    }

    private static string Of(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && char.IsLower(name[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
