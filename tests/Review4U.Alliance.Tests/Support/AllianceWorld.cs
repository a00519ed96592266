using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using MimeKit;
using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Domain.Members;
using Review4U.Email.Data;
using Review4U.Email.Inbound;
using Review4U.Email.Sending;
using Review4U.FollowUp.Data;
using Review4U.Meetings.Data;
using Review4U.Rounds.Data;
using Review4U.Secretariat.Data;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Hangfire.Engine;
using Review4U.Workflows.Hangfire.Persistence;
using Review4U.Workflows.Triggers;

namespace Review4U.Alliance.Tests.Support;

/// <summary>
/// One alliance and everything it runs, real and together: a database with every module's schema migrated; NACSA-FR
/// (Europe/Paris, so the daylight-saving changes fall inside the year) with ten member organisations, a coordinator
/// whose organisation holds the Secretariat until 1 September 2027, three more Steering Committee members and a
/// government focal point; the product's composition (<see cref="AllianceHost"/>) with all six shipped workflow files;
/// an SMTP server over TCP; the engine drained on a fake clock that moves from one due timer or cron occurrence to the next.
/// </summary>
public sealed partial class AllianceWorld : IAsyncDisposable
{
    public const string Alliance = "NACSA-FR";
    public const string Zone = "Europe/Paris";
    public const string FocalPoint = "focal.point@interieur.gouv.example";
    public const int Members = 10;
    public static readonly DateTimeOffset Start = new(2026, 12, 31, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly TermStart = new(2026, 9, 1);
    private static readonly TimeZoneInfo ParisZone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
    private readonly List<Delivered> mail = [];
    private readonly HashSet<string> captured = new(StringComparer.Ordinal); // Message-IDs already in `mail`
    private HttpClient? browser;

    private AllianceWorld(TestDatabase database, TestSmtpServer smtp, FakeTimeProvider clock, AllianceHost host)
    {
        Database = database;
        Smtp = smtp;
        Clock = clock;
        Host = host;
        Services = host.Services; // starts the host: the workflow files are loaded and validated now
        Drainer = new HangfireJobDrainer(
            Services.GetRequiredService<JobStorage>(), Services.GetRequiredService<IBackgroundJobClient>(),
            Services.GetRequiredService<IServiceScopeFactory>(), clock, "workflows");
    }

    public TestDatabase Database { get; }
    public TestSmtpServer Smtp { get; }
    public FakeTimeProvider Clock { get; }
    public AllianceHost Host { get; }
    public IServiceProvider Services { get; }
    public HangfireJobDrainer Drainer { get; }
    public Guid AllianceId { get; private set; }
    public IReadOnlyList<MemberOrganisation> Organisations { get; private set; } = [];

    /// <summary>Every email delivered so far, in delivery order.</summary>
    public IReadOnlyList<Delivered> Mail => mail;

    /// <summary>How many times the clock stopped (a timer or a cron occurrence was due).</summary>
    public int Stops { get; private set; }

    /// <summary>Where the stops' time went (for the figures the test prints).</summary>
    public TimeSpan TriggerTime { get; private set; }

    public TimeSpan EngineTime { get; private set; }

    public TimeSpan DeliveryTime { get; private set; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static string Contact(int n) => string.Create(CultureInfo.InvariantCulture, $"contact{n:00}@org{n:00}.example");

    /// <summary>A local time in Paris as the UTC instant it is (daylight saving applied).</summary>
    public static DateTimeOffset Paris(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, ParisZone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static async Task<AllianceWorld> CreateAsync()
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey(), async cs =>
        {
            await DomainMigrations.MigrateDomainAsync(cs, CancellationToken.None);
            await WorkflowDatabase.MigrateWorkflowAsync(cs, CancellationToken.None);
            await EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None);
            await RoundsDatabase.MigrateRoundsAsync(cs, CancellationToken.None);
            await SecretariatDatabase.MigrateSecretariatAsync(cs, CancellationToken.None);
            await MeetingsDatabase.MigrateMeetingsAsync(cs, CancellationToken.None);
            await FollowUpDatabase.MigrateFollowUpAsync(cs, CancellationToken.None);
        });
        var smtp = await TestSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(Start);
        var (allianceId, organisations) = await SeedAsync(database.ConnectionString);
        var host = new AllianceHost(database.ConnectionString, smtp.Port, clock);
        return new AllianceWorld(database, smtp, clock, host) { AllianceId = allianceId, Organisations = organisations };
    }

    /// <summary>
    /// Lives through the time up to <paramref name="until"/> as a running server would: the clock stops at every due
    /// engine timer and every occurrence of a loaded cron trigger (in the alliance's zone); at each stop the engine's
    /// cron-trigger job runs, then every due job, then the outbox is delivered.
    /// </summary>
    public async Task RunUntilAsync(DateTimeOffset until)
    {
        while (Clock.GetUtcNow() < until)
        {
            var now = Clock.GetUtcNow();
            var next = new[] { Drainer.NextScheduledAt(), NextCronOccurrenceAfter(now), await NextMailDueAsync(), until }
                .Where(t => t is { } at && at > now).Min()!.Value.ToUniversalTime();
            Clock.SetUtcNow(next);
            await StopAsync();
        }
    }

    /// <summary>
    /// Lets the dispatcher retry what a transient SMTP failure left queued (delivery is at-least-once), moving the clock
    /// to each retry, until nothing is outstanding: what the delivery loop of a running server does after the year's end.
    /// </summary>
    public async Task DeliverOutstandingAsync()
    {
        for (var i = 0; i < 20 && await NextMailDueAsync() is { } due; i++)
        {
            if (due > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(due);
            }

            await DeliverAsync();
        }
    }

    /// <summary>Runs what an action made due (without moving the clock) and delivers what it sent.</summary>
    public async Task SettleAsync()
    {
        await RunEngineAsync();
        await DeliverAsync();
    }

    /// <summary>
    /// Opens a personal link's page in the product's web host (in memory) and submits its form, as the recipient's browser
    /// would (antiforgery cookie and field included); asserts the page accepted it (redirect after post).
    /// </summary>
    public async Task SubmitPageAsync(string path, params (string Name, string Value)[] fields)
    {
        browser ??= Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)page.StatusCode}\n{html}");
        var antiforgery = AntiforgeryField().Match(html);
        Assert.True(antiforgery.Success, "No antiforgery field on " + path);
        using var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", antiforgery.Groups[1].Value)));
        var posted = await browser.PostAsync(new Uri(path, UriKind.Relative), form);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"POST {path}: {(int)posted.StatusCode}\n{await posted.Content.ReadAsStringAsync()}");
    }

    /// <summary>Replies to a received email as its recipient would (to its Reply-To, threaded) through the inbound processor.</summary>
    public Task<InboundOutcome> ReplyAsync(Delivered original, string text)
    {
        ArgumentNullException.ThrowIfNull(original);
        var message = original.Email.Message;
        var reply = new MimeMessage { Subject = "Re: " + message.Subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("member.example") };
        reply.From.Add(MailboxAddress.Parse(original.To));
        reply.To.AddRange(message.ReplyTo.Count > 0 ? message.ReplyTo : message.From);
        reply.InReplyTo = message.MessageId;
        reply.References.Add(message.MessageId!);
        reply.Date = Clock.GetUtcNow();
        reply.Body = new TextPart("plain") { Text = text + "\n\nLe 2 janv. 2027, NACSA-FR a écrit :\n> " + original.Text.Split('\n')[0] };
        return Get<InboundMailProcessor>().ProcessAsync(reply, CancellationToken.None);
    }

    public async Task StartDueTriggersAsync()
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowJobs>().StartDueTriggersAsync();
    }

    public async Task RunEngineAsync()
    {
        await Drainer.DrainAsync();
        Assert.Empty(Drainer.Failures);
    }

    public Review4UDbContext OpenDomain() => new(Review4UDbContextOptions.For(Database.ConnectionString));

    public MeetingsDbContext OpenMeetings() => new(MeetingsDatabase.Options(Database.ConnectionString));

    public FollowUpDbContext OpenFollowUp() => new(FollowUpDatabase.Options(Database.ConnectionString));

    public SecretariatDbContext OpenSecretariat() => new(SecretariatDatabase.Options(Database.ConnectionString));

    /// <summary>Every outbox row of a category, one line each (for a failure message).</summary>
    public async Task<string> DescribeOutboxAsync(string category)
    {
        await using var email = OpenEmail();
        var rows = await email.Outbox.AsNoTracking().Where(o => o.Category == category).OrderBy(o => o.CreatedAt).ToListAsync();
        return string.Join("; ", rows.Select(o => $"{o.CreatedAt:u} {o.ToAddress} {o.Status} attempts {o.Attempts} next {o.NextAttemptAt:u} sent {o.SentAt:u} {o.LastError}"));
    }

    public EmailDbContext OpenEmail() => new(EmailDatabase.Options(Database.ConnectionString));

    public WorkflowDbContext OpenWorkflow() => new(WorkflowDbContextOptions.For(Database.ConnectionString));

    public async ValueTask DisposeAsync()
    {
        browser?.Dispose();
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task StopAsync()
    {
        Stops++;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await StartDueTriggersAsync();
        TriggerTime += watch.Elapsed;
        watch.Restart();
        var ran = await Drainer.DrainAsync();
        Assert.Empty(Drainer.Failures);
        EngineTime += watch.Elapsed;
        if (ran > 0 || await NextMailDueAsync() <= Clock.GetUtcNow())
        {
            // A job may have queued email, or a send that failed (delivery is at-least-once) is due again; else nothing to deliver.
            watch.Restart();
            await DeliverAsync();
            DeliveryTime += watch.Elapsed;
        }
    }


    /// <summary>When the outbox dispatcher next has work: a queued email's next attempt, or a claim's lease running out.</summary>
    private async Task<DateTimeOffset?> NextMailDueAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT min(CASE status WHEN 'queued' THEN next_attempt_at ELSE claimed_until END) FROM email.outbox WHERE status IN ('queued', 'sending')", connection);
        return await command.ExecuteScalarAsync() is DateTime at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
    }

    private DateTimeOffset? NextCronOccurrenceAfter(DateTimeOffset now) =>
        Get<LoadedDefinitions>().Latest
            .SelectMany(d => d.Triggers.OfType<CronTriggerDefinition>())
            .Select(t => CronSchedule.For(t, Zone).NextAfter(now))
            .Where(t => t is not null)
            .Min();

    /// <summary>Sends the outbox to the SMTP server and records what arrived with its outbox row's facts.</summary>
    private async Task DeliverAsync()
    {
        var before = Smtp.Received.Count;
        var sent = 0;
        for (var result = await Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None); result.Sent > 0;
             result = await Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None))
        {
            sent += result.Sent;
        }

        if (sent > 0)
        {
            await Smtp.WaitForAsync(before + sent);
        }

        // Every message the server holds that is not captured yet, by Message-ID rather than by position: a message
        // that arrives after the count waited for is picked up by the next delivery instead of being skipped. Whether
        // anything was lost or sent twice is the year's last check (outbox rows = messages at the server = Message-IDs).
        var received = Smtp.Received.Where(r => r.Message.MessageId is { } id && captured.Add(id)).ToList();
        if (received.Count == 0)
        {
            return;
        }

        await using var email = OpenEmail();
        var ids = received.Select(r => r.Message.MessageId).ToList();
        var rows = await email.Outbox.AsNoTracking().Where(o => ids.Contains(o.MessageId))
            .ToDictionaryAsync(o => o.MessageId, o => new { o.Category, o.ScopeId, o.IdempotencyKey, o.CreatedAt });
        mail.AddRange(received.Select(r =>
        {
            var row = rows[r.Message.MessageId!];
            return new Delivered(row.Category, r.EnvelopeTo[0], row.CreatedAt.ToUniversalTime(), row.ScopeId, row.IdempotencyKey, r);
        }));
    }

    private static async Task<(Guid, IReadOnlyList<MemberOrganisation>)> SeedAsync(string connectionString)
    {
        var joined = new DateOnly(2026, 6, 1);
        string[] languages = ["fr", "en", "fr", "es", "fr", "en", "ar", "fr", "en", "fr"];
        var organisations = Enumerable.Range(1, Members).Select(n =>
        {
            var organisation = MemberOrganisation.Create(string.Create(CultureInfo.InvariantCulture, $"fr-org-{n:00}"), new OrganisationProfile(
                string.Create(CultureInfo.InvariantCulture, $"Organisation {n:00}"), OrganisationType.Ngo, "FR", ["trafficking-in-persons"], ["advocacy"]));
            organisation.UpsertContact(new ContactDetails(string.Create(CultureInfo.InvariantCulture, $"Contact {n:00}"), Contact(n), languages[n - 1], null), 1);
            organisation.UpsertContact(new ContactDetails(string.Create(CultureInfo.InvariantCulture, $"Deputy {n:00}"),
                string.Create(CultureInfo.InvariantCulture, $"deputy{n:00}@org{n:00}.example"), "fr", null), 2);
            return organisation;
        }).ToList();
        var alliance = Body.Create(new BodyProfile(Alliance, "Alliance française de la société civile contre la criminalité organisée", BodyKind.NationalAlliance,
            "FR", null, [], Zone, ["fr", "en", "es", "ar"], "fr", Establishment.VpiContext, new DateOnly(2026, 1, 15)));
        foreach (var organisation in organisations)
        {
            alliance.Admit(organisation, joined);
        }

        RoleHolder Holder(int n) => RoleHolder.Member(organisations[n - 1].Id, organisations[n - 1].Contacts[0].Id);
        alliance.AssignRole(RoleKind.Coordinator, Holder(1), joined);
        foreach (var n in new[] { 2, 3, 4 })
        {
            alliance.AssignRole(RoleKind.SteeringCommitteeMember, Holder(n), joined);
        }

        alliance.AppointFocalPoint("FR", "Ministère de l'Intérieur", "Claire Martin", FocalPoint, joined);
        alliance.StartSecretariatTerm(TermStart);
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(connectionString));
        db.Organisations.AddRange(organisations);
        db.Bodies.Add(alliance);
        await db.SaveChangesAsync();
        return (alliance.Id, organisations);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static string TemplateKey()
    {
        const string none = "Host=127.0.0.1";
        using var domain = new Review4UDbContext(Review4UDbContextOptions.For(none));
        using var workflow = new WorkflowDbContext(WorkflowDbContextOptions.For(none));
        using var email = new EmailDbContext(EmailDatabase.Options(none));
        using var rounds = new RoundsDbContext(RoundsDatabase.Options(none));
        using var secretariat = new SecretariatDbContext(SecretariatDatabase.Options(none));
        using var meetings = new MeetingsDbContext(MeetingsDatabase.Options(none));
        using var followUp = new FollowUpDbContext(FollowUpDatabase.Options(none));
        return "alliance:" + string.Join(",", new DbContext[] { domain, workflow, email, rounds, secretariat, meetings, followUp }
            .Select(c => c.Database.GetMigrations().LastOrDefault()));
    }
}
