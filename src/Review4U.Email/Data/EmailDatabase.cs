using Microsoft.EntityFrameworkCore;

namespace Review4U.Email.Data;

/// <summary>Applies the <c>email</c> schema's migrations (history in <c>email.__EFMigrationsHistory</c>).</summary>
public static class EmailDatabase
{
    public static DbContextOptions<EmailDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<EmailDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", EmailDbContext.Schema))
            .Options;

    public static async Task MigrateEmailAsync(string connectionString, CancellationToken ct)
    {
        await using var context = new EmailDbContext(Options(connectionString));
        await context.Database.MigrateAsync(ct);
    }
}
