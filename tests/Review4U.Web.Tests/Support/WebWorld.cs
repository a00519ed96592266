using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Review4U.Email;
using Review4U.Email.Data;
using Review4U.Email.Sending;
using Review4U.Rounds;
using Review4U.Rounds.Data;
using Review4U.Rounds.Data.Rows;
using Review4U.Rounds.Launch;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Loading;

namespace Review4U.Web.Tests.Support;

/// <summary>
/// A contribution round in progress, all real: a database with every schema migrated, the alliance NACSA-KE with the
/// member organisations of members.csv, an SMTP server over TCP, the web host on Kestrel, and beside it the modules
/// (email, engine, rounds) that run the shipped contribution-round workflow on a fake clock, drained by hand.
/// Created, the round has been launched and every invitation has reached the SMTP server.
/// </summary>
public sealed partial class WebWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Deadline = Start.AddDays(10);

    private WebWorld(TestDatabase database, TestSmtpServer smtp, FakeTimeProvider clock, Review4UWebHost web, ServiceProvider services)
    {
        Database = database;
        Smtp = smtp;
        Clock = clock;
        Web = web;
        Services = services;
        Drainer = new HangfireJobDrainer(
            services.GetRequiredService<JobStorage>(), services.GetRequiredService<IBackgroundJobClient>(),
            services.GetRequiredService<IServiceScopeFactory>(), clock, "workflows");
    }

    public TestDatabase Database { get; }
    public TestSmtpServer Smtp { get; }
    public FakeTimeProvider Clock { get; }
    public Review4UWebHost Web { get; }
    public Uri BaseAddress => Web.BaseAddress!;
    public ServiceProvider Services { get; }
    public HangfireJobDrainer Drainer { get; }
    public Guid BodyId { get; private set; }
    public Guid RoundId { get; private set; }
    public IReadOnlyList<MemberOrganisation> Organisations { get; private set; } = [];

    /// <summary>The task link of each invitation, by recipient address.</summary>
    public IReadOnlyDictionary<string, Uri> Invitations { get; private set; } = new Dictionary<string, Uri>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A database of its own with every schema the web host uses migrated (copied from a template).</summary>
    public static Task<TestDatabase> CreateDatabaseAsync() =>
        TestDatabase.CreateFromTemplateAsync(TemplateKey(), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None);
            await EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None);
            await RoundsDatabase.MigrateRoundsAsync(cs, CancellationToken.None);
        });

    public static async Task<WebWorld> CreateAsync()
    {
        var database = await CreateDatabaseAsync();
        var smtp = await TestSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(Start);
        var cs = database.ConnectionString;
        var web = Review4UWebHost.StartOnKestrel(cs, smtp.Port, clock);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = cs;
            o.TemplatesPath = RepositoryPaths.Of("workflows/templates");
            o.PublicBaseUrl = web.BaseAddress!;
            o.UnsubscribeSecret = Review4UWebHost.UnsubscribeSecret;
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = cs);
        services.AddReview4URounds(o =>
        {
            o.ConnectionString = cs;
            o.QuestionnairesPath = RepositoryPaths.Output("Support", "questionnaires");
        });
        var world = new WebWorld(database, smtp, clock, web, services.BuildServiceProvider(validateScopes: true));
        await world.SeedAsync();
        await world.LaunchRoundAsync();
        return world;
    }

    /// <summary>Runs every due engine job (timers due on the fake clock included).</summary>
    public async Task RunEngineAsync()
    {
        await Drainer.DrainAsync();
        Assert.Empty(Drainer.Failures);
    }

    /// <summary>Moves the fake clock (the web host reads the same one), then runs what became due.</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
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

    /// <summary>The task page link in an email's text (invitation, reminder, forward, fresh link).</summary>
    public Uri TaskLink(ReceivedEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var match = TaskLinkPattern().Match(email.Message.TextBody ?? "");
        Assert.True(match.Success, "No task link in: " + email.Message.TextBody);
        var link = new Uri(match.Value);
        Assert.Equal(BaseAddress.Authority, link.Authority);
        return link;
    }

    /// <summary>The invitation link of a member organisation's main contact ("contact04@org04.example" for 4).</summary>
    public Uri InvitationOf(int organisation) => Invitations[ContactAddress(organisation)];

    public static string ContactAddress(int organisation) => $"contact{organisation:00}@org{organisation:00}.example";

    public RoundsDbContext OpenRounds() => new(RoundsDatabase.Options(Database.ConnectionString));

    public async Task<RoundTaskRow> TaskOfAsync(int organisation)
    {
        await using var db = OpenRounds();
        var organisationId = Organisations[organisation - 1].Id;
        return await db.Tasks.AsNoTracking().SingleAsync(t => t.RoundId == RoundId && t.OrganisationId == organisationId);
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var joined = new DateOnly(2025, 6, 1);
        var body = Body.Create(new BodyProfile("NACSA-KE", "Kenya Civil Society Alliance against Organized Crime", BodyKind.NationalAlliance, "KE", null, [],
            "Africa/Nairobi", ["en", "fr", "ar", "es"], "en", Establishment.VpiContext, new DateOnly(2025, 1, 15)));
        var organisations = MemberCsv.Read(RepositoryPaths.Output("Support", "members.csv"));
        foreach (var organisation in organisations)
        {
            body.Admit(organisation, joined);
        }

        body.AssignRole(RoleKind.Coordinator, RoleHolder.Member(organisations[0].Id, organisations[0].Contacts[0].Id), joined);
        body.AppointFocalPoint("KE", "Ministry of Interior", "Jane Wanjiru", "focal.point@interior.go.example", joined);
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(Database.ConnectionString));
        db.Organisations.AddRange(organisations);
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        BodyId = body.Id;
        Organisations = organisations;
    }

    private async Task LaunchRoundAsync()
    {
        var path = RepositoryPaths.Of("workflows/contribution-round.yaml");
        var loaded = await Get<WorkflowDefinitionLoader>().LoadFileAsync(path, CancellationToken.None);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        Get<LoadedDefinitions>().Add(loaded.Definition!, await File.ReadAllTextAsync(path));

        var launched = await Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = Deadline }, CancellationToken.None);
        RoundId = launched.RoundId;
        await RunEngineAsync();
        var invitations = await DeliverMailAsync();
        Assert.Equal(Organisations.Count, invitations.Count);
        Invitations = invitations.ToDictionary(e => e.EnvelopeTo[0], TaskLink, StringComparer.Ordinal);
    }

    private static string TemplateKey()
    {
        const string none = "Host=127.0.0.1";
        using var domain = new Review4UDbContext(Review4UDbContextOptions.For(none));
        using var email = new EmailDbContext(EmailDatabase.Options(none));
        using var workflow = new WorkflowDbContext(WorkflowDbContextOptions.For(none));
        using var rounds = new RoundsDbContext(RoundsDatabase.Options(none));
        return "web:" + string.Join(",", new DbContext[] { domain, email, workflow, rounds }.Select(c => c.Database.GetMigrations().LastOrDefault()));
    }

    [GeneratedRegex(@"https?://[^\s/]+/answers/[0-9a-f]{32}/[A-Za-z0-9_-]{43}")]
    private static partial Regex TaskLinkPattern();
}
