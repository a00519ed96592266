using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Review4U.Data;
using Review4U.Data.Demo;
using Review4U.Data.Members;
using Review4U.TestKit.Postgres;

namespace Review4U.TestKit.Domain;

/// <summary>
/// Test databases with the domain schema (<see cref="CreateAsync"/>), or with the demo bodies NACSA-KE and
/// NET4U-AF seeded from docs/samples as of <see cref="DemoSeededAt"/> (<see cref="CreateWithDemoAsync"/>).
/// Each is copied from a template built once per migration set (and sample content).
/// </summary>
public static class DomainDatabase
{
    /// <summary>The clock the demo template was seeded with (secretariat renewals up to this day).</summary>
    public static readonly DateTimeOffset DemoSeededAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<string> TemplateKey = new(() =>
    {
        using var db = new Review4UDbContext(Review4UDbContextOptions.For(PostgresServer.AdminConnectionString));
        return "domain:" + string.Join(",", db.Database.GetMigrations());
    });

    private static readonly Lazy<string> SamplesFolder = new(FindSamples);

    public static Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateFromTemplateAsync(TemplateKey.Value, cs => DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None));

    public static Task<TestDatabase> CreateWithDemoAsync() =>
        TestDatabase.CreateFromTemplateAsync(
            // Rebuilt when the samples or the seeding code change (deterministic builds: the module id follows the code).
            TemplateKey.Value + ":demo:" + SamplesHash() + ":" + typeof(DemoSeeder).Assembly.ManifestModule.ModuleVersionId,
            SeedDemoAsync);

    public static Review4UDbContext OpenContext(this TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new Review4UDbContext(Review4UDbContextOptions.For(database.ConnectionString));
    }

    private static async Task SeedDemoAsync(string connectionString)
    {
        await DomainMigrations.MigrateDomainAsync(connectionString, CancellationToken.None);
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(connectionString));
        var clock = new FakeTimeProvider(DemoSeededAt);
        var bodies = new BodyStore(db);
        await new DemoSeeder(db, bodies, new MemberImporter(db, bodies, clock), clock).SeedAsync(SamplesFolder.Value, CancellationToken.None);
    }

    private static string SamplesHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(SamplesFolder.Value).Order(StringComparer.Ordinal))
        {
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "samples");
            if (File.Exists(Path.Combine(candidate, "net4u-africa-members.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("docs/samples not found above " + AppContext.BaseDirectory);
    }
}
