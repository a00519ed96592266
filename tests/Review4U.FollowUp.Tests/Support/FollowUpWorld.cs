using System.Text;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Review4U.Email;
using Review4U.Email.Data;
using Review4U.Email.Inbound;
using Review4U.Email.Sending;
using Review4U.FollowUp.Data;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Loading;

namespace Review4U.FollowUp.Tests.Support;

/// <summary>
/// Everything the follow-up needs, real: a database with every schema migrated, the alliance NACSA-KE (Africa/Nairobi)
/// with 12 member organisations, its coordinator, Steering Committee and focal point, an SMTP server over TCP, the
/// engine with its Hangfire storage drained on a fake clock, and the shipped workflows and templates.
/// </summary>
public sealed partial class FollowUpWorld : IAsyncDisposable
{
    public const string UnodcEmail = "csu@unodc.example";
    public const string FocalPointEmail = "focal.point@interior.go.example";

    private FollowUpWorld(TestDatabase database, TestSmtpServer smtp, FakeTimeProvider clock, ServiceProvider services)
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

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static string Contact(int n) => $"contact{n:00}@org{n:00}.example";

    public static async Task<FollowUpWorld> CreateAsync(DateTimeOffset start)
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey(), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None);
            await EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None);
            await FollowUpDatabase.MigrateFollowUpAsync(cs, CancellationToken.None);
        });
        var smtp = await TestSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(start);
        var cs = database.ConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddReview4UData(cs);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = cs;
            o.TemplatesPath = RepositoryPaths.Of("workflows/templates");
            o.PublicBaseUrl = new Uri("http://review4u.test/");
            o.ReplyAddress = "reply@review4u.test";
            o.UnsubscribeSecret = "followup-tests-unsubscribe-secret-0123456789";
            o.Smtp.Host = "127.0.0.1";
            o.Smtp.Port = smtp.Port;
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = cs);
        services.AddReview4UFollowUp(o =>
        {
            o.ConnectionString = cs;
            o.UnodcEmail = UnodcEmail;
        });
        var world = new FollowUpWorld(database, smtp, clock, services.BuildServiceProvider(validateScopes: true));
        await world.SeedAsync();
        await world.LoadWorkflowAsync("vpi-follow-up");
        await world.LoadWorkflowAsync("annual-activity-plan");
        return world;
    }

    public async Task RunEngineAsync()
    {
        await Drainer.DrainAsync();
        Assert.Empty(Drainer.Failures);
    }

    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        await RunEngineAsync();
    }

    /// <summary>Runs the engine's cron-trigger job once (per-body triggers included), then what it started.</summary>
    public async Task StartDueTriggersAsync()
    {
        await using (var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
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

    /// <summary>Delivers the outbox and names each email by its outbox category (joined on Message-ID).</summary>
    public async Task<IReadOnlyList<Delivered>> DeliverAsync()
    {
        var received = await DeliverMailAsync();
        await using var email = new EmailDbContext(EmailDatabase.Options(Database.ConnectionString));
        var ids = received.Select(r => r.Message.MessageId).ToList();
        var rows = await email.Outbox.AsNoTracking().Where(o => ids.Contains(o.MessageId)).ToDictionaryAsync(o => o.MessageId, o => o.Category);
        return received.Select(r => new Delivered(rows[r.Message.MessageId!], r.EnvelopeTo[0], r)).ToList();
    }

    /// <summary>Replies to a received email as its recipient would (To: its Reply-To, In-Reply-To: its Message-ID) through the inbound processor.</summary>
    public Task<InboundOutcome> ReplyAsync(ReceivedEmail original, string text)
    {
        ArgumentNullException.ThrowIfNull(original);
        var reply = new MimeMessage();
        reply.From.Add(MailboxAddress.Parse(original.EnvelopeTo[0]));
        reply.To.AddRange(original.Message.ReplyTo.Count > 0 ? original.Message.ReplyTo : original.Message.From);
        reply.Subject = "Re: " + original.Message.Subject;
        reply.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("member.example");
        reply.InReplyTo = original.Message.MessageId;
        reply.References.Add(original.Message.MessageId!);
        reply.Date = Clock.GetUtcNow();
        reply.Body = new TextPart("plain") { Text = text + "\n\nOn " + Clock.GetUtcNow().AddDays(-2).ToString("ddd, d MMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture) + ", NACSA-KE wrote:\n> " + original.Message.TextBody?.Split('\n')[0] };
        return Get<InboundMailProcessor>().ProcessAsync(reply, CancellationToken.None);
    }

    public static string StatusToken(ReceivedEmail email) => Match(StatusLinkPattern(), email);

    public static string ReviewToken(ReceivedEmail email) => Match(ReviewLinkPattern(), email);

    public FollowUpDbContext OpenFollowUp() => new(FollowUpDatabase.Options(Database.ConnectionString));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static string Match(Regex pattern, ReceivedEmail email)
    {
        var match = pattern.Match(email.Message.TextBody ?? "");
        Assert.True(match.Success, "No link in: " + email.Message.TextBody);
        return match.Groups[1].Value;
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

        body.AppointFocalPoint("KE", "Ministry of Interior", "Jane Wanjiru", FocalPointEmail, joined);
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(Database.ConnectionString));
        db.Organisations.AddRange(organisations);
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        BodyId = body.Id;
        Organisations = organisations;
    }

    private async Task LoadWorkflowAsync(string id)
    {
        var path = RepositoryPaths.Of($"workflows/{id}.yaml");
        var text = await File.ReadAllTextAsync(path);
        var loader = Get<WorkflowDefinitionLoader>();
        var result = loader.Load(id + ".yaml", Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Get<LoadedDefinitions>().Add(result.Definition!, text);
    }

    private static string TemplateKey()
    {
        const string none = "Host=127.0.0.1";
        using var domain = new Review4UDbContext(Review4UDbContextOptions.For(none));
        using var email = new EmailDbContext(EmailDatabase.Options(none));
        using var workflow = new WorkflowDbContext(WorkflowDbContextOptions.For(none));
        using var followUp = new FollowUpDbContext(FollowUpDatabase.Options(none));
        return "followup:" + string.Join(",", new DbContext[] { domain, email, workflow, followUp }.Select(c => c.Database.GetMigrations().LastOrDefault()));
    }

    [GeneratedRegex(@"vpi/status/([A-Za-z0-9_-]{43})")]
    private static partial Regex StatusLinkPattern();

    [GeneratedRegex(@"plan/review/([A-Za-z0-9_-]{43})")]
    private static partial Regex ReviewLinkPattern();

}
