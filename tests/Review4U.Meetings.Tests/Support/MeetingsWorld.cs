using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Review4U.Email;
using Review4U.Email.Data;
using Review4U.Email.Sending;
using Review4U.Meetings.Data;
using Review4U.Meetings.Model;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Loading;
using Review4U.Workflows.Runtime;

namespace Review4U.Meetings.Tests.Support;

/// <summary>
/// Everything a meeting needs, real: a database with every schema migrated; the alliance NACSA-FR (Europe/Paris, so
/// daylight saving applies) with eight member organisations, a coordinator and two Steering Committee members, and a
/// government focal point; the regional network NET4U-EU (FR among its countries); an SMTP server over TCP; the engine
/// drained on a fake clock; the shipped workflows and templates.
/// </summary>
public sealed class MeetingsWorld : IAsyncDisposable
{
    public const string Alliance = "NACSA-FR";
    public const string Network = "NET4U-EU";
    public const string FocalPoint = "focal.point@interieur.gouv.example";
    public static readonly DateTimeOffset Start = new(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

    private MeetingsWorld(TestDatabase database, TestSmtpServer smtp, FakeTimeProvider clock, ServiceProvider services)
    {
        Database = database;
        Smtp = smtp;
        Clock = clock;
        Services = services;
        Drainer = new HangfireJobDrainer(
            services.GetRequiredService<JobStorage>(), services.GetRequiredService<IBackgroundJobClient>(),
            services.GetRequiredService<IServiceScopeFactory>(), clock, "workflows");
    }

    public TestDatabase Database { get; }
    public TestSmtpServer Smtp { get; }
    public FakeTimeProvider Clock { get; }
    public ServiceProvider Services { get; }
    public HangfireJobDrainer Drainer { get; }
    public Guid AllianceId { get; private set; }
    public Guid NetworkId { get; private set; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static string Contact(int n) => string.Create(CultureInfo.InvariantCulture, $"contact{n:00}@org{n:00}.example");

    public static async Task<MeetingsWorld> CreateAsync()
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey(), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None);
            await EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None);
            await MeetingsDatabase.MigrateMeetingsAsync(cs, CancellationToken.None);
        });
        var smtp = await TestSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(Start);
        var cs = database.ConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddReview4UData(cs); // the bodies per-body cron triggers fire for
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = cs;
            o.TemplatesPath = RepositoryPaths.Of("workflows/templates");
            o.PublicBaseUrl = new Uri("http://review4u.test/");
            o.ReplyAddress = "reply@review4u.test";
            o.UnsubscribeSecret = "meetings-tests-unsubscribe-secret-0123456789";
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = cs);
        services.AddReview4UMeetings(o => o.ConnectionString = cs);
        var world = new MeetingsWorld(database, smtp, clock, services.BuildServiceProvider(validateScopes: true));
        await world.SeedAsync();
        await world.LoadWorkflowAsync("quarterly-consultation");
        await world.LoadWorkflowAsync("steering-committee-meeting");
        return world;
    }

    /// <summary>Starts the workflow as its trigger would (one instance per body, kind and period) and runs it; returns the meeting id.</summary>
    public async Task<Guid> OpenAsync(string kind, string bodyCode, string period)
    {
        var instanceId = await Get<IWorkflowRuntime>().StartAsync(new WorkflowStartRequest(MeetingKinds.WorkflowOf(kind))
        {
            Inputs = new Dictionary<string, object?> { ["bodyCode"] = bodyCode, ["period"] = period },
            IdempotencyKey = $"{kind}:{bodyCode}:{period}", Actor = "test", BodyId = bodyCode == Alliance ? AllianceId : NetworkId,
        });
        await RunEngineAsync();
        var instance = await Get<IWorkflowInstanceQueries>().GetAsync(instanceId);
        Assert.True(instance!.Incidents.Count == 0 && instance.Summary.Status != "faulted", instance.Summary + "\n" + string.Join("\n", instance.Incidents) + "\n" + string.Join("\n", instance.Journal));
        await using var db = OpenMeetings();
        var bodyId = bodyCode == Alliance ? AllianceId : NetworkId;
        var ids = await db.Meetings.Where(m => m.BodyId == bodyId && m.Kind == kind && m.Period == period).Select(m => m.Id).ToListAsync();
        Assert.True(ids.Count == 1, instance.Summary + "\n" + string.Join("\n", instance.Journal) + "\n" + string.Join("\n", instance.Waits));
        return ids[0];
    }

    /// <summary>What the engine's recurring trigger job does at the clock's time (occurrences within the lookback), then runs them.</summary>
    public async Task FireTriggersAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowJobs>().StartDueTriggersAsync();
        }

        await RunEngineAsync();
    }

    public async Task RunEngineAsync()
    {
        await Drainer.DrainAsync();
        Assert.Empty(Drainer.Failures);
    }

    /// <summary>Moves the fake clock forward (never back), then runs what became due.</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }

        await RunEngineAsync();
    }

    /// <summary>Sends the outbox to the SMTP server and returns what arrived since the last call.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> DeliverMailAsync()
    {
        var before = Smtp.Received.Count;
        var result = await Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var all = await Smtp.WaitForAsync(before + result.Sent);
        return all.Skip(before).ToList();
    }

    public MeetingsDbContext OpenMeetings() => new(MeetingsDatabase.Options(Database.ConnectionString));

    /// <summary>Outbox rows (all, and distinct idempotency keys) of the given categories.</summary>
    public async Task<(long Rows, long Keys)> OutboxCountAsync(params string[] categories)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), count(DISTINCT idempotency_key) FROM email.outbox WHERE category = ANY(@c)", connection);
        command.Parameters.AddWithValue("c", categories);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Outbox rows per category, for messages.</summary>
    public async Task<string> OutboxCategoriesAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT category || '=' || count(*) FROM email.outbox GROUP BY category ORDER BY category", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync())
        {
            parts.Add(reader.GetString(0));
        }

        return string.Join(", ", parts);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var joined = new DateOnly(2026, 6, 1);
        string[] languages = ["fr", "en", "fr", "es", "ar", "fr", "en", "fr"];
        var organisations = Enumerable.Range(1, 8).Select(n => Organisation(n, "FR", languages[n - 1])).ToList();
        var alliance = Body.Create(new BodyProfile(Alliance, "Alliance française de la société civile contre la criminalité organisée", BodyKind.NationalAlliance,
            "FR", null, [], "Europe/Paris", ["fr", "en", "es", "ar"], "fr", Establishment.VpiContext, new DateOnly(2026, 1, 15)));
        foreach (var organisation in organisations)
        {
            alliance.Admit(organisation, joined);
        }

        RoleHolder Holder(MemberOrganisation o) => RoleHolder.Member(o.Id, o.Contacts[0].Id);
        alliance.AssignRole(RoleKind.Coordinator, Holder(organisations[0]), joined);
        alliance.AssignRole(RoleKind.SteeringCommitteeMember, Holder(organisations[1]), joined);
        alliance.AssignRole(RoleKind.SteeringCommitteeMember, Holder(organisations[2]), joined);
        alliance.AppointFocalPoint("FR", "Ministère de l'Intérieur", "Claire Martin", FocalPoint, joined);

        var networkMembers = Enumerable.Range(11, 3).Select(n => Organisation(n, "BE", "en")).ToList();
        var network = Body.Create(new BodyProfile(Network, "NET4U Europe", BodyKind.RegionalNetwork, null, "Europe", ["BE", "FR", "ES"],
            "Europe/Brussels", ["en", "fr"], "en", Establishment.VpiContext, new DateOnly(2026, 1, 15)));
        foreach (var organisation in networkMembers)
        {
            network.Admit(organisation, joined);
        }

        network.AssignRole(RoleKind.Coordinator, Holder(networkMembers[0]), joined);
        network.AssignRole(RoleKind.SteeringCommitteeMember, Holder(networkMembers[1]), joined);
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(Database.ConnectionString));
        db.Organisations.AddRange(organisations);
        db.Organisations.AddRange(networkMembers);
        db.Bodies.AddRange(alliance, network);
        await db.SaveChangesAsync();
        AllianceId = alliance.Id;
        NetworkId = network.Id;
    }

    private static MemberOrganisation Organisation(int n, string country, string language)
    {
        var organisation = MemberOrganisation.Create(string.Create(CultureInfo.InvariantCulture, $"org-{n:00}"), new OrganisationProfile(
            string.Create(CultureInfo.InvariantCulture, $"Organisation {n:00}"), OrganisationType.Ngo, country, ["trafficking-in-persons"], ["advocacy"]));
        organisation.UpsertContact(new ContactDetails(string.Create(CultureInfo.InvariantCulture, $"Contact {n:00}"), Contact(n), language, null), 1);
        return organisation;
    }

    private async Task LoadWorkflowAsync(string id)
    {
        var path = RepositoryPaths.Of($"workflows/{id}.yaml");
        var result = await Get<WorkflowDefinitionLoader>().LoadFileAsync(path, CancellationToken.None);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Get<LoadedDefinitions>().Add(result.Definition!, await File.ReadAllTextAsync(path));
    }

    private static string TemplateKey()
    {
        const string none = "Host=127.0.0.1";
        using var domain = new Review4UDbContext(Review4UDbContextOptions.For(none));
        using var email = new EmailDbContext(EmailDatabase.Options(none));
        using var workflow = new WorkflowDbContext(WorkflowDbContextOptions.For(none));
        using var meetings = new MeetingsDbContext(MeetingsDatabase.Options(none));
        return "meetings:" + string.Join(",", new DbContext[] { domain, email, workflow, meetings }.Select(c => c.Database.GetMigrations().LastOrDefault()));
    }
}
