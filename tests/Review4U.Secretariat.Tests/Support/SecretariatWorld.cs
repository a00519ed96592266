using System.Text.RegularExpressions;
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
using Review4U.Rounds;
using Review4U.Rounds.Data;
using Review4U.Secretariat.Data;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Loading;

namespace Review4U.Secretariat.Tests.Support;

/// <summary>
/// Everything a renewal or a relay needs, real: one database with every schema migrated, an SMTP server over TCP,
/// the engine with its Hangfire storage drained on a fake clock, the shipped workflows, templates and questionnaires.
/// Bodies are created per test with <see cref="CreateBodyAsync"/>.
/// </summary>
public sealed partial class SecretariatWorld : IAsyncDisposable
{
    public const string AdminEmail = "admin@platform.test";
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private SecretariatWorld(TestDatabase database, TestSmtpServer smtp, FakeTimeProvider clock, ServiceProvider services)
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

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<SecretariatWorld> CreateAsync()
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey(), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None);
            await EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None);
            await RoundsDatabase.MigrateRoundsAsync(cs, CancellationToken.None);
            await SecretariatDatabase.MigrateSecretariatAsync(cs, CancellationToken.None);
        });
        var smtp = await TestSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(Start);
        var cs = database.ConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = cs;
            o.TemplatesPath = RepositoryPaths.Of("workflows/templates");
            o.PublicBaseUrl = new Uri("http://review4u.test/");
            o.ReplyAddress = "reply@review4u.test";
            o.UnsubscribeSecret = "secretariat-tests-unsubscribe-secret-0123456789";
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
        });
        services.AddReview4UData(cs); // the engine lists the bodies of per-body triggers through it
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = cs);
        services.AddReview4URounds(o =>
        {
            o.ConnectionString = cs;
            o.QuestionnairesPath = RepositoryPaths.Of("workflows/questionnaires");
        });
        services.AddReview4USecretariat(o =>
        {
            o.ConnectionString = cs;
            o.AdminEmail = AdminEmail;
        });
        var world = new SecretariatWorld(database, smtp, clock, services.BuildServiceProvider(validateScopes: true));
        await world.LoadWorkflowAsync("workflows/secretariat-renewal.yaml");
        await world.LoadWorkflowAsync("workflows/contribution-round.yaml");
        return world;
    }

    /// <summary>
    /// A body with <paramref name="organisations"/> members (two contacts each); organisation 1's main contact is the
    /// coordinator, 2–4's sit on the Steering Committee; a focal point; for an alliance, a secretariat term from <paramref name="termStart"/>.
    /// </summary>
    public async Task<SeededBody> CreateBodyAsync(
        string code, string country, string timeZone, DateOnly? termStart, int organisations = 6, BodyKind kind = BodyKind.NationalAlliance, IReadOnlyList<string>? countries = null)
    {
        var founded = new DateOnly(2025, 1, 15);
        var body = Body.Create(new BodyProfile(code, $"{code} civil society", kind, kind == BodyKind.NationalAlliance ? country : null,
            kind == BodyKind.RegionalNetwork ? "Africa" : null, countries ?? [], timeZone, ["en", "fr", "es", "ar"], "en", Establishment.VpiContext, founded));
        var prefix = code.ToLowerInvariant();
        var members = Enumerable.Range(1, organisations).Select(n =>
        {
            var organisation = MemberOrganisation.Create($"{prefix}-org{n}", new OrganisationProfile(
                $"{code} Organisation {n:00}", OrganisationType.Ngo, country, ["trafficking-in-persons"], ["advocacy"]));
            var language = n % 4 == 0 ? "fr" : "en";
            organisation.UpsertContact(new ContactDetails($"Person {n}A of {code}", $"p{n}a@{prefix}.example.org", language, null), 1);
            organisation.UpsertContact(new ContactDetails($"Person {n}B of {code}", $"p{n}b@{prefix}.example.org", "en", null), 2);
            return organisation;
        }).ToList();
        var joined = new DateOnly(2025, 6, 1);
        foreach (var organisation in members)
        {
            body.Admit(organisation, joined);
        }

        RoleHolder Holder(int n) => RoleHolder.Member(members[n - 1].Id, members[n - 1].Contacts[0].Id);
        body.AssignRole(RoleKind.Coordinator, Holder(1), joined);
        foreach (var n in new[] { 2, 3, 4 }.Where(n => n <= organisations))
        {
            body.AssignRole(RoleKind.SteeringCommitteeMember, Holder(n), joined);
        }

        body.AppointFocalPoint(country, "Ministry of Interior", $"Focal point of {code}", $"focal@{prefix}.gov.example", joined);
        if (termStart is { } start)
        {
            body.StartSecretariatTerm(start);
        }

        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(Database.ConnectionString));
        db.Organisations.AddRange(members);
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        return new SeededBody(body.Id, code, timeZone, members);
    }

    public async Task RunEngineAsync()
    {
        await Drainer.DrainAsync();
        Assert.Empty(Drainer.Failures);
    }

    /// <summary>Moves the fake clock, then runs what became due.</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        await RunEngineAsync();
    }

    /// <summary>Moves the fake clock to each scheduled timer up to <paramref name="until"/> in turn, as a running server would live through them.</summary>
    public async Task AdvanceThroughAsync(DateTimeOffset until)
    {
        for (var i = 0; i < 1000 && Drainer.NextScheduledAt() is { } next && next <= until; i++)
        {
            Clock.SetUtcNow(next > Clock.GetUtcNow() ? next : Clock.GetUtcNow());
            await RunEngineAsync();
        }

        await AdvanceToAsync(until);
    }

    /// <summary>
    /// Moves the clock to the next 03:00 UTC (06:00 in Nairobi, the daily trigger's time there) and runs the engine's
    /// cron-trigger job as a server would, then what it started.
    /// </summary>
    public async Task RunDailyTriggerAsync()
    {
        var now = Clock.GetUtcNow();
        var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(3), TimeSpan.Zero);
        Clock.SetUtcNow(next > now ? next : next.AddDays(1));
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowJobs>().StartDueTriggersAsync();
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

    /// <summary>The outbox rows of one category for a body: (recipient, created at, idempotency key).</summary>
    public async Task<IReadOnlyList<(string To, DateTimeOffset At, string Key)>> OutboxAsync(Guid bodyId, string category)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT to_address, created_at, idempotency_key FROM email.outbox WHERE body_id = $1 AND category = $2 ORDER BY created_at, to_address", connection);
        command.Parameters.AddWithValue(bodyId);
        command.Parameters.AddWithValue(category);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, DateTimeOffset, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>The received emails with their outbox category (looked up by Message-ID).</summary>
    public async Task<IReadOnlyList<(string Category, ReceivedEmail Email)>> CategorisedAsync(IEnumerable<ReceivedEmail> emails)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        var result = new List<(string, ReceivedEmail)>();
        foreach (var email in emails)
        {
            await using var command = new NpgsqlCommand("SELECT category FROM email.outbox WHERE message_id = $1", connection);
            command.Parameters.AddWithValue(email.Message.MessageId ?? "");
            result.Add(((string)(await command.ExecuteScalarAsync())!, email));
        }

        return result;
    }

    /// <summary>Delivers the outbox and keeps the emails of one category.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> DeliverMailAsync(string category) =>
        (await CategorisedAsync(await DeliverMailAsync())).Where(e => e.Category == category).Select(e => e.Email).ToList();

    public static string LinkToken(ReceivedEmail email, string page)
    {
        var match = Regex.Match(email.Message.TextBody ?? "", $@"secretariat/{page}/([A-Za-z0-9_-]{{43}})");
        Assert.True(match.Success, $"No {page} link in: " + email.Message.TextBody);
        return match.Groups[1].Value;
    }

    public SecretariatDbContext OpenSecretariat() => new(SecretariatDatabase.Options(Database.ConnectionString));

    public Review4UDbContext OpenDomain() => new(Review4UDbContextOptions.For(Database.ConnectionString));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task LoadWorkflowAsync(string relative)
    {
        var path = RepositoryPaths.Of(relative);
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
        using var rounds = new RoundsDbContext(RoundsDatabase.Options(none));
        using var secretariat = new SecretariatDbContext(SecretariatDatabase.Options(none));
        return "secretariat:" + string.Join(",", new DbContext[] { domain, email, workflow, rounds, secretariat }.Select(c => c.Database.GetMigrations().LastOrDefault()));
    }
}
