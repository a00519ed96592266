using System.Diagnostics;
using System.Reflection;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using Review4U.Bench.Running;
using Review4U.Bench.Support;
using Review4U.Email;
using Review4U.Email.Data;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;

namespace Review4U.Bench.Scenarios;

/// <summary>
/// Scenario 2: invitations per second from committed outbox rows through the dispatcher and MailKit to an in-process
/// SMTP server on loopback, vs raw MailKit sending the same messages over the same number of connections to the
/// same server. Both paths are warmed up first (JIT, connections) so neither pays the cold start, and which of them is
/// timed first alternates from run to run.
/// </summary>
public sealed class EmailDeliveryScenario : IScenario
{
    private const int Connections = 4;
    private const int WarmUp = 1000;

    private readonly Dictionary<int, int> runsStarted = [];
    private static readonly Guid BodyId = Guid.Parse("0b7a58f2-6c1e-4e53-a1d4-3c0f9e2b7a10");
    private static readonly string TemplateKey = "email:" + string.Join(",", typeof(EmailDbContext).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).Where(id => id is not null).Order(StringComparer.Ordinal));

    public string Name => "email";

    public string FigureLabel => "outbox → MailKit → SMTP";

    public string BaselineLabel => "raw MailKit";

    public string Unit => "msg/s";

    public bool HigherIsBetter => true;

    public string Describe(int size, bool smoke) =>
        $"{size} invitations committed to the outbox (COPY), then delivered by `OutboxDispatcher` ({Connections} connections, batches of 500) "
        + $"to an in-process SmtpServer on 127.0.0.1 (NoDelay); baseline: the same {size} MimeMessages sent by raw MailKit over {Connections} connections "
        + "to the same server; both warmed up first with 1,000 messages (a warm-up of 200 left the tiered JIT recompiling our path during a 1k run: 656 vs 545 µs CPU per message; after 1,000: 441–473 vs 413–476), and the path timed first alternates run by run (ours first in runs 1, 3, 5 of each size). Extra: enqueue rate into the outbox. Target ≥ 0.8× raw; 10,000 invitations in < 30 s.";

    public async Task<RunFigures> RunOnceAsync(int size, bool smoke, CancellationToken ct)
    {
        await using var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey, cs => EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None));
        // Sessions outlive the test server's default 30 s here: 50,000 messages over 4 reused connections on a loaded machine.
        await using var smtp = await TestSmtpServer.StartAsync(sessionTimeout: TimeSpan.FromMinutes(10));
        await using var services = Compose(database.ConnectionString, smtp.Port);
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();

        var warmUp = Enumerable.Range(0, WarmUp).Select(i => Invitation(-1 - i)).ToList();
        await EnqueueAsync(services, database.ConnectionString, warmUp, ct);
        await DeliverAllAsync(dispatcher, database.ConnectionString, WarmUp, ct);
        await SendRawAsync(smtp.Port, warmUp.Select(Mime).ToList(), ct);
        await smtp.WaitForAsync(2 * WarmUp);
        smtp.Clear();

        var emails = Enumerable.Range(0, size).Select(Invitation).ToList();
        var enqueue = Stopwatch.StartNew();
        await EnqueueAsync(services, database.ConnectionString, emails, ct);
        enqueue.Stop();

        // Besides the wall clock, this process's CPU time and allocations per message (read outside the timings): on a
        // shared machine they move far less with the other processes' load than the rates do.
        async Task<(TimeSpan Elapsed, double CpuMs, long Allocated)> MeasureAsync(Func<Task> send)
        {
            var cost = await CpuMeter.StartAsync(database.ConnectionString, ct);
            var watch = Stopwatch.StartNew();
            await send();
            await smtp.WaitForAsync(size, TimeSpan.FromMinutes(5));
            watch.Stop();
            var (cpuMs, _, allocated) = await cost.StopAsync(ct);
            smtp.Clear();
            return (watch.Elapsed, cpuMs, allocated);
        }

        Task Ours() => DeliverAllAsync(dispatcher, database.ConnectionString, size, ct);
        // The MimeMessages are built inside the timing, as the dispatcher builds its own from the claimed rows.
        Task Raw() => Task.WhenAll(Enumerable.Range(0, Connections).Select(c => SendRawAsync(smtp.Port, emails.Where((_, i) => i % Connections == c).Select(Mime).ToList(), ct)));

        // The path timed first pays for the tiered JIT's recompilation of the code both share (MailKit, MimeKit, the SMTP
        // server), which the warm-up starts and the first timed path finishes (perf, session 5: the JIT's background
        // thread had ~8x the samples during the first path): so the order alternates run by run.
        var run = runsStarted[size] = runsStarted.GetValueOrDefault(size) + 1;
        var oursFirst = run % 2 == 1;
        var first = await MeasureAsync(oursFirst ? Ours : Raw);
        var second = await MeasureAsync(oursFirst ? Raw : Ours);
        var (dispatch, dispatchCpuMs, dispatchAllocated) = oursFirst ? first : second;
        var (raw, rawCpuMs, rawAllocated) = oursFirst ? second : first;

        return new RunFigures(size / dispatch.TotalSeconds, size / raw.TotalSeconds,
            new Dictionary<string, double>
            {
                ["enqueue msg/s"] = size / enqueue.Elapsed.TotalSeconds,
                ["delivery s"] = dispatch.TotalSeconds,
                ["cpu µs/msg"] = dispatchCpuMs * 1000 / size,
                ["raw cpu µs/msg"] = rawCpuMs * 1000 / size,
                ["KB/msg"] = dispatchAllocated / 1024.0 / size,
                ["raw KB/msg"] = rawAllocated / 1024.0 / size,
            });
    }

    private static async Task DeliverAllAsync(OutboxDispatcher dispatcher, string connectionString, int expected, CancellationToken ct)
    {
        var sent = 0;
        while (sent < expected)
        {
            var result = await dispatcher.DispatchDueAsync(ct);
            if (result.Claimed == 0 || result.Failed + result.Retrying + result.Bounced > 0)
            {
                throw new InvalidOperationException($"email: dispatch stopped at {sent} of {expected} sent ({result}); errors: {await ErrorsAsync(connectionString, ct)}");
            }

            sent += result.Sent;
        }
    }

    /// <summary>What the SMTP exchange said for the rows that did not go out, so a failed run says why.</summary>
    private static async Task<string> ErrorsAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT string_agg(DISTINCT last_error, ' | ') FROM email.outbox WHERE last_error IS NOT NULL", connection);
        return await command.ExecuteScalarAsync(ct) as string ?? "none recorded";
    }

    private static async Task EnqueueAsync(ServiceProvider services, string connectionString, IReadOnlyList<OutgoingEmail> emails, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await services.GetRequiredService<IOutbox>().EnqueueAsync(transaction, emails, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task SendRawAsync(int port, List<MimeMessage> messages, CancellationToken ct)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None, ct);
        foreach (var message in messages)
        {
            await client.SendAsync(message, ct);
        }

        await client.DisconnectAsync(true, ct);
    }

    private static OutgoingEmail Invitation(int n) => new()
    {
        BodyId = BodyId,
        IdempotencyKey = $"bench:invite:{n}",
        Category = EmailCategories.TaskInvitation,
        TaskId = Guid.NewGuid(),
        ContactId = Guid.NewGuid(),
        To = $"member{n}@example.org",
        ToName = $"Member {n}",
        Subject = $"Contribution round: your answers are invited ({n})",
        TextBody = $"Dear member {n},\n\nThe alliance invites your organisation to answer the questionnaire before the deadline.\n",
        HtmlBody = $"<p>Dear member {n},</p><p>The alliance invites your organisation to answer the questionnaire before the deadline.</p>",
    };

    private static MimeMessage Mime(OutgoingEmail email)
    {
        var message = new MimeMessage { Subject = email.Subject };
        message.From.Add(new MailboxAddress("Review4U", "review4u@review4u.local"));
        message.To.Add(new MailboxAddress(email.ToName, email.To));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }

    private static ServiceProvider Compose(string connectionString, int smtpPort)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = connectionString;
            o.TemplatesPath = RepositoryPaths.Templates;
            o.Smtp.Port = smtpPort;
            o.Smtp.MaxConnections = Connections;
            o.Smtp.BatchSize = 500;
            o.ReplyAddress = "reply@review4u.bench";
            o.UnsubscribeSecret = "bench-secret-bench-secret-bench-secret";
            o.PublicBaseUrl = new Uri("https://review4u.bench/");
        });
        return services.BuildServiceProvider();
    }
}
