using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Review4U.Data;

/// <summary>One place that says how the domain context talks to PostgreSQL (the app, the CLI, migrations, tests).</summary>
public static class Review4UDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(connectionString, Npgsql);
    }

    public static DbContextOptions<Review4UDbContext> For(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<Review4UDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>On a connection already open (a unit joining a workflow step's transaction).</summary>
    public static DbContextOptions<Review4UDbContext> For(System.Data.Common.DbConnection connection) =>
        new DbContextOptionsBuilder<Review4UDbContext>().UseNpgsql(connection).Options;

    // Each module keeps its own migrations history in its own schema.
    private static void Npgsql(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__EFMigrationsHistory", Review4UDbContext.Schema);
}
