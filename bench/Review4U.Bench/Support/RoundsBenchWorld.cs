using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Members;
using Review4U.Email;
using Review4U.Email.Data;
using Review4U.Email.Templates;
using Review4U.Rounds;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Loading;

namespace Review4U.Bench.Support;

/// <summary>
/// A fresh database (every schema migrated) holding the alliance BENCH-KE with N member organisations of one contact
/// each (and BENCH-WU with one, for the warm-up launch), the engine, email and rounds composed as the application composes them, the shipped contribution-round
/// workflow and questionnaires, and a Hangfire drainer on a fake clock. The seeded database is a template per size,
/// so seeding is paid once, not per run.
/// </summary>
public sealed class RoundsBenchWorld : IAsyncDisposable
{
    public const string BodyCode = "BENCH-KE";

    /// <summary>A one-member alliance whose round is launched before the timed one, untimed (see <see cref="WarmUpAsync"/>).</summary>
    public const string WarmUpBodyCode = "BENCH-WU";

    /// <summary>The shipped questionnaire every bench round asks.</summary>
    public const string QuestionnaireId = "cluster-i-criminalization-jurisdiction";
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly string[] Areas = ["untoc-implementation", "government-coordination", "trafficking-in-persons", "smuggling-of-migrants", "firearms", "drugs-corruption", "emerging-crimes"];

    private RoundsBenchWorld(TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        Database = database;
        Services = services;
        Drainer = new HangfireJobDrainer(services.GetRequiredService<JobStorage>(), services.GetRequiredService<IBackgroundJobClient>(),
            services.GetRequiredService<IServiceScopeFactory>(), clock, "workflows");
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public HangfireJobDrainer Drainer { get; }

    public static async Task<RoundsBenchWorld> CreateAsync(int members, CancellationToken ct)
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey(members), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, ct);
            await EmailDatabase.MigrateEmailAsync(cs, ct);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, ct);
            await RoundsDatabase.MigrateRoundsAsync(cs, ct);
            await SeedAsync(cs, members, ct);
        });
        var clock = new FakeTimeProvider(Start);
        // The test kit turns pooling off (so a test database drops at once); a deployed host pools (Npgsql's default,
        // appsettings.json names no pooling setting), as the answers scenario's hosts do. Unpooled, every open in the
        // timed launch (the launcher's, the engine's, each Hangfire storage call and the drain's) was a backend start.
        var cs = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = cs;
            o.TemplatesPath = RepositoryPaths.Templates;
            o.PublicBaseUrl = new Uri("https://review4u.bench/");
            o.UnsubscribeSecret = "bench-unsubscribe-secret-0123456789abcdef";
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = cs);
        services.AddReview4URounds(o =>
        {
            o.ConnectionString = cs;
            o.QuestionnairesPath = Path.Combine(RepositoryPaths.Root, "workflows", "questionnaires");
        });
        var world = new RoundsBenchWorld(database, services.BuildServiceProvider(), clock);
        var path = Path.Combine(RepositoryPaths.Root, "workflows", "contribution-round.yaml");
        var loaded = await world.Services.GetRequiredService<WorkflowDefinitionLoader>().LoadFileAsync(path, ct);
        var definition = loaded.Definition ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
        world.Services.GetRequiredService<LoadedDefinitions>().Add(definition, await File.ReadAllTextAsync(path, ct));
        // What the host does when it starts (ResolveOnStart<EmailTemplates>): load and validate the template folder. This world
        // starts no hosted services, so without this the first render of a launch paid for parsing every template.
        world.Services.GetRequiredService<EmailTemplates>();
        return world;
    }

    /// <summary>
    /// Launches a round for the one-member alliance BENCH-WU and drains the engine, then deletes the rows it made in the
    /// tables the launch scenario times (its workflow stays waiting). What a running host has done before a coordinator
    /// launches: its connection pools hold open connections whose PostgreSQL backends have read these tables, and the code
    /// is compiled. The raw baseline's connection is open too, and has read the same tables. Not timed.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken ct)
    {
        await Services.GetRequiredService<RoundLauncher>().LaunchAsync(Round(WarmUpBodyCode), ct);
        await Drainer.DrainAsync();
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var delete = new NpgsqlCommand(
            "DELETE FROM email.outbox; DELETE FROM email.magic_links; DELETE FROM rounds.task_contacts; DELETE FROM rounds.tasks", connection);
        await delete.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A round of the body on the bench questionnaire, due 30 days after the world's start.</summary>
    public static RoundLaunchRequest Round(string bodyCode) =>
        new() { BodyCode = bodyCode, QuestionnaireId = QuestionnaireId, Deadline = Start.AddDays(30) };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static async Task SeedAsync(string connectionString, int members, CancellationToken ct)
    {
        var joined = new DateOnly(2025, 6, 1);
        var body = Body.Create(new BodyProfile(BodyCode, "Benchmark Alliance against Organized Crime", BodyKind.NationalAlliance, "KE", null, [],
            "Africa/Nairobi", ["en", "fr", "ar", "es"], "en", Establishment.VpiContext, new DateOnly(2025, 1, 15)));
        var organisations = new List<MemberOrganisation>(members);
        for (var i = 0; i < members; i++)
        {
            var organisation = MemberOrganisation.Create($"org-{i:D6}", new OrganisationProfile(
                $"Organisation {i:D6}", OrganisationType.Ngo, "KE", [Areas[i % Areas.Length]], ["advocacy"]));
            organisation.UpsertContact(new ContactDetails($"Contact {i:D6}", $"contact{i:D6}@org{i:D6}.example", "en", null), 1);
            organisations.Add(organisation);
            body.Admit(organisation, joined);
        }

        body.AppointFocalPoint("KE", "Ministry of Interior", "Jane Wanjiru", "focal.point@interior.go.example", joined);
        var warmUp = Body.Create(new BodyProfile(WarmUpBodyCode, "Warm-up Alliance", BodyKind.NationalAlliance, "UG", null, [],
            "Africa/Kampala", ["en"], "en", Establishment.VpiContext, new DateOnly(2025, 1, 15)));
        var warmUpMember = MemberOrganisation.Create("wu-000001", new OrganisationProfile("Warm-up Organisation", OrganisationType.Ngo, "UG", [Areas[0]], ["advocacy"]));
        warmUpMember.UpsertContact(new ContactDetails("Warm-up Contact", "contact@warm-up.example", "en", null), 1);
        warmUp.Admit(warmUpMember, joined);
        warmUp.AppointFocalPoint("UG", "Ministry of Internal Affairs", "Grace Namubiru", "focal.point@internal.go.example", joined);
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(connectionString));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Organisations.AddRange(organisations);
        db.Organisations.Add(warmUpMember);
        db.Bodies.AddRange(body, warmUp);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Changes with any module's migrations and with the size, so each size has its own seeded template.</summary>
    private static string TemplateKey(int members)
    {
        const string none = "Host=127.0.0.1";
        using var domain = new Review4UDbContext(Review4UDbContextOptions.For(none));
        using var email = new EmailDbContext(EmailDatabase.Options(none));
        using var workflow = new WorkflowDbContext(WorkflowDbContextOptions.For(none));
        using var rounds = new RoundsDbContext(RoundsDatabase.Options(none));
        return $"bench-rounds-{members}+warm-up:" + string.Join(",", new DbContext[] { domain, email, workflow, rounds }.Select(c => c.Database.GetMigrations().LastOrDefault()));
    }
}
