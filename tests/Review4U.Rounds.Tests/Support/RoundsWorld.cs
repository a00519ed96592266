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
using Review4U.Rounds.Data;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Loading;

namespace Review4U.Rounds.Tests.Support;

/// <summary>
/// Everything a round needs, real: a database with every schema migrated, the alliance NACSA-KE with 30 member
/// organisations from members.csv, its governance, an SMTP server over TCP, the engine with its Hangfire storage
/// drained on a fake clock, and the shipped workflow and templates.
/// </summary>
public sealed partial class RoundsWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Replies come back to reply+TOKEN@ this domain.</summary>
    public const string ReplyAddress = "reply@review4u.test";

    private RoundsWorld(TestDatabase database, TestSmtpServer smtp, FakeTimeProvider clock, ServiceProvider services)
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
    public Guid BodyId { get; private set; }
    public IReadOnlyList<MemberOrganisation> Organisations { get; private set; } = [];
    public Guid WorkingGroupId { get; private set; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The world; <paramref name="seed"/> false leaves the domain empty (for `demo seed`).</summary>
    public static async Task<RoundsWorld> CreateAsync(bool seed = true)
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey(), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None);
            await EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None);
            await RoundsDatabase.MigrateRoundsAsync(cs, CancellationToken.None);
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
            o.UnsubscribeSecret = "rounds-tests-unsubscribe-secret-0123456789";
            o.ReplyAddress = ReplyAddress;
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
            // The reply mailbox is smtp4dev's IMAP (tests that read replies start it); the world runs no hosted watcher.
            o.Imap.Enabled = false;
            o.Imap.Port = Smtp4Dev.ImapPort;
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = cs);
        services.AddReview4URounds(o =>
        {
            o.ConnectionString = cs;
            o.QuestionnairesPath = Path.Combine(AppContext.BaseDirectory, "Support", "questionnaires");
        });
        var world = new RoundsWorld(database, smtp, clock, services.BuildServiceProvider(validateScopes: true));
        if (seed)
        {
            await world.SeedAsync();
        }

        await world.LoadWorkflowAsync();
        return world;
    }

    /// <summary>Runs every due engine job (timers due on the fake clock included).</summary>
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

    /// <summary>Sends the outbox to the SMTP server and returns what arrived since the last call.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> DeliverMailAsync()
    {
        var before = Smtp.Received.Count;
        var result = await Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var all = await Smtp.WaitForAsync(before + result.Sent);
        return all.Skip(before).ToList();
    }

    public static (Guid RoundId, string Token) TaskLink(ReceivedEmail email)
    {
        var match = TaskLinkPattern().Match(email.Message.TextBody ?? "");
        Assert.True(match.Success, "No task link in: " + email.Message.TextBody);
        return (Guid.ParseExact(match.Groups[1].Value, "N"), match.Groups[2].Value);
    }

    public static (Guid RoundId, string Token) ReviewLink(ReceivedEmail email)
    {
        var match = ReviewLinkPattern().Match(email.Message.TextBody ?? "");
        Assert.True(match.Success, "No review link in: " + email.Message.TextBody);
        return (Guid.ParseExact(match.Groups[1].Value, "N"), match.Groups[2].Value);
    }

    public static string AcknowledgeToken(ReceivedEmail email)
    {
        var match = AcknowledgePattern().Match(email.Message.TextBody ?? "");
        Assert.True(match.Success, "No acknowledgement link in: " + email.Message.TextBody);
        return match.Groups[1].Value;
    }

    public RoundsDbContext OpenRounds() => new(RoundsDatabase.Options(Database.ConnectionString));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var joined = new DateOnly(2025, 6, 1);
        var body = Body.Create(new BodyProfile("NACSA-KE", "Kenya Civil Society Alliance against Organized Crime", BodyKind.NationalAlliance, "KE", null, [],
            "Africa/Nairobi", ["en", "fr", "ar", "es"], "en", Establishment.VpiContext, new DateOnly(2025, 1, 15)));
        var organisations = MemberCsv.Read(Path.Combine(AppContext.BaseDirectory, "Support", "members.csv"));
        foreach (var organisation in organisations)
        {
            body.Admit(organisation, joined);
        }

        RoleHolder Holder(int number) => RoleHolder.Member(organisations[number - 1].Id, organisations[number - 1].Contacts[0].Id);
        body.AssignRole(RoleKind.Coordinator, Holder(1), joined);
        foreach (var number in new[] { 2, 3, 4 })
        {
            body.AssignRole(RoleKind.SteeringCommitteeMember, Holder(number), joined);
        }

        var group = body.CreateWorkingGroup("Technical expertise", joined);
        body.AssignRole(RoleKind.WorkingGroupLead, Holder(5), joined, workingGroupId: group.Id);
        foreach (var number in new[] { 29, 30 })
        {
            body.AssignRole(RoleKind.WorkingGroupMember, Holder(number), joined, workingGroupId: group.Id);
        }

        body.AppointFocalPoint("KE", "Ministry of Interior", "Jane Wanjiru", "focal.point@interior.go.example", joined);
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(Database.ConnectionString));
        db.Organisations.AddRange(organisations);
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        BodyId = body.Id;
        Organisations = organisations;
        WorkingGroupId = group.Id;
    }

    private async Task LoadWorkflowAsync()
    {
        var path = RepositoryPaths.Of("workflows/contribution-round.yaml");
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
        return "rounds:" + string.Join(",", new DbContext[] { domain, email, workflow, rounds }.Select(c => c.Database.GetMigrations().LastOrDefault()));
    }

    [GeneratedRegex(@"answers/([0-9a-f]{32})/([A-Za-z0-9_-]{43})")]
    private static partial Regex TaskLinkPattern();

    [GeneratedRegex(@"review/([0-9a-f]{32})/([A-Za-z0-9_-]{43})")]
    private static partial Regex ReviewLinkPattern();

    [GeneratedRegex(@"answers/acknowledge/([A-Za-z0-9_-]{43})")]
    private static partial Regex AcknowledgePattern();
}
