using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Review4U.Data;
using Review4U.Data.Members;
using Review4U.Domain.Bodies;
using Review4U.Domain.Tests.Domain;
using Review4U.TestKit.Domain;
using Review4U.TestKit.Postgres;

namespace Review4U.Domain.Tests.MemberFiles;

/// <summary>A migrated database with the NET4U Africa network (the sample's 19 countries) and a Kenyan alliance.</summary>
public abstract class ImportFixture : IAsyncLifetime
{
    public static readonly string[] AfricaCountries =
        ["BF", "BJ", "CI", "CM", "EG", "ET", "GH", "GQ", "KE", "MA", "NG", "RW", "SD", "SN", "TN", "TZ", "UG", "ZA", "ZM"];

    protected TestDatabase Database { get; private set; } = null!;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        Database = await DomainDatabase.CreateAsync();
        await CreateBodiesAsync(Database);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    public static async Task CreateBodiesAsync(TestDatabase database)
    {
        await using var db = database.OpenContext();
        db.Bodies.Add(Body.Create(new BodyProfile(
            "NET4U-AF", "NET4U Africa", BodyKind.RegionalNetwork, null, "Africa", AfricaCountries, "Africa/Nairobi",
            ["en", "fr", "ar", "es"], "en", Establishment.OwnInitiative, new DateOnly(2023, 6, 20))));
        db.Bodies.Add(Samples.Alliance());
        await db.SaveChangesAsync();
    }

    protected Task<ImportResult> ImportFileAsync(string path, string body = "NET4U-AF", bool dryRun = false) =>
        ImportFileAsync(Database, path, body, dryRun);

    protected async Task<ImportResult> ImportFileAsync(TestDatabase database, string path, string body = "NET4U-AF", bool dryRun = false)
    {
        await using var db = database.OpenContext();
        return await new MemberImporter(db, new BodyStore(db), Time).ImportFileAsync(path, body, dryRun, CancellationToken.None);
    }

    protected async Task<ImportResult> ImportTextAsync(string fileName, string text, string body = "NET4U-AF")
    {
        await using var db = Database.OpenContext();
        var format = fileName.EndsWith(".csv", StringComparison.Ordinal) ? MemberFileFormat.Csv : MemberFileFormat.Yaml;
        return await new MemberImporter(db, new BodyStore(db), Time).ImportAsync(fileName, new StringReader(text), format, body, false, CancellationToken.None);
    }

    protected static async Task<string> ExportAsync(TestDatabase database, string body = "NET4U-AF")
    {
        await using var db = database.OpenContext();
        await using var writer = new StringWriter();
        await new MemberExporter(new BodyStore(db)).ExportCsvAsync(body, writer, CancellationToken.None);
        return writer.ToString();
    }

    protected async Task<(int Organisations, int Contacts, int Memberships)> CountRowsAsync()
    {
        await using var db = Database.OpenContext();
        return (await db.Organisations.CountAsync(), await db.Contacts.CountAsync(), await db.Memberships.CountAsync());
    }
}
