using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Review4U.Data.Modules;

/// <summary>How a module's context talks to PostgreSQL, and how its checked-in migrations are applied (history in its own schema).</summary>
public static class ModuleDatabase
{
    public static DbContextOptions<TContext> Options<TContext>(string connectionString)
        where TContext : DbContext, IModuleDbContext<TContext> =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql(connectionString, History<TContext>).Options;

    /// <summary>A context on a caller's open connection (a workflow step's), to join its transaction.</summary>
    public static DbContextOptions<TContext> Options<TContext>(DbConnection connection)
        where TContext : DbContext, IModuleDbContext<TContext> =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql(connection, History<TContext>).Options;

    public static async Task MigrateAsync<TContext>(string connectionString, CancellationToken ct)
        where TContext : DbContext, IModuleDbContext<TContext>
    {
        await using var context = TContext.Create(Options<TContext>(connectionString));
        await context.Database.MigrateAsync(ct);
    }

    // Each module keeps its own migrations history in its own schema.
    private static void History<TContext>(NpgsqlDbContextOptionsBuilder npgsql)
        where TContext : DbContext, IModuleDbContext<TContext> =>
        npgsql.MigrationsHistoryTable("__EFMigrationsHistory", TContext.SchemaName);
}
