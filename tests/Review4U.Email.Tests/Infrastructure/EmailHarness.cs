using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Review4U.Email.Coordinators;
using Review4U.Email.Data;
using Review4U.Email.Options;
using Review4U.Email.Outbox;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;

namespace Review4U.Email.Tests.Infrastructure;

/// <summary>
/// A migrated database of the test's own, a real SMTP server on a free loopback port, a fake clock, and the
/// email module composed as the application composes it.
/// </summary>
public sealed class EmailHarness : IAsyncDisposable
{
    public static readonly Guid BodyId = Guid.Parse("6f1c1b8e-3b7a-4d7e-9d51-0a6b1f0c1e01");
    public const string CoordinatorAddress = "coordinator@nacsa-ke.example";

    private static readonly string TemplateKey = "email:" + string.Join(",", typeof(EmailDbContext).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).Where(id => id is not null).Order());

    private EmailHarness(TestDatabase database, TestSmtpServer smtp, FakeTimeProvider time, ServiceProvider services)
    {
        Database = database;
        Smtp = smtp;
        Time = time;
        Services = services;
    }

    public TestDatabase Database { get; }
    public TestSmtpServer Smtp { get; }
    public FakeTimeProvider Time { get; }
    public ServiceProvider Services { get; }

    /// <param name="realClock">Compose with the system clock (for the hosted IMAP watcher, which waits in real time).</param>
    /// <param name="register">Registrations made before the module's, e.g. a resolver of the test's own.</param>
    public static async Task<EmailHarness> StartAsync(Action<EmailOptions>? configure = null, bool realClock = false,
        Action<IServiceCollection>? register = null)
    {
        var database = await TestDatabase.CreateFromTemplateAsync(TemplateKey, cs => EmailDatabase.MigrateEmailAsync(cs, CancellationToken.None));
        var smtp = await TestSmtpServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var services = Compose(database.ConnectionString, smtp.Port, realClock ? TimeProvider.System : time, configure, register);
        return new EmailHarness(database, smtp, time, services);
    }

    /// <summary>A second, independent composition on the same database and server (another process, in effect).</summary>
    public ServiceProvider ComposeAnother(Action<EmailOptions>? configure = null) => Compose(Database.ConnectionString, Smtp.Port, Time, configure, null);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<int> EnqueueAsync(IReadOnlyList<OutgoingEmail> emails)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var queued = await Get<IOutbox>().EnqueueAsync(transaction, emails, CancellationToken.None);
        await transaction.CommitAsync();
        return queued;
    }

    public async Task<List<OutboxRow>> OutboxAsync()
    {
        await using var context = new EmailDbContext(EmailDatabase.Options(Database.ConnectionString));
        return await context.Outbox.AsNoTracking().OrderBy(r => r.CreatedAt).ThenBy(r => r.IdempotencyKey).ToListAsync();
    }

    public EmailDbContext Context() => new(EmailDatabase.Options(Database.ConnectionString));

    public static OutgoingEmail Email(int n, string category = EmailCategories.TaskInvitation, Guid? scope = null, Guid? contact = null) => new()
    {
        BodyId = BodyId,
        IdempotencyKey = $"instance-1:invite:{n}:{contact ?? Guid.Empty}",
        Category = category,
        ScopeId = scope,
        ContactId = contact,
        TaskId = Guid.NewGuid(),
        To = $"member{n}@example.org",
        ToName = $"Member {n}",
        Subject = $"Invitation {n}",
        TextBody = $"Dear member {n},\n\nPlease answer.",
        HtmlBody = $"<p>Dear member {n},</p><p>Please answer.</p>",
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static ServiceProvider Compose(string connectionString, int smtpPort, TimeProvider time, Action<EmailOptions>? configure,
        Action<IServiceCollection>? register)
    {
        var services = new ServiceCollection();
        register?.Invoke(services);
        services.AddLogging();
        services.AddSingleton(time);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = connectionString;
            o.TemplatesPath = RepositoryPaths.Templates;
            o.Smtp.Port = smtpPort;
            o.Smtp.Timeout = TimeSpan.FromSeconds(10);
            o.ReplyAddress = "reply@review4u.test";
            o.UnsubscribeSecret = "test-secret-test-secret-test-secret";
            o.PublicBaseUrl = new Uri("https://review4u.test/");
            o.Coordinators.Add(new CoordinatorOptions
            {
                BodyId = BodyId, BodyName = "Kenya Civil Society Alliance for UNTOC", BodyCode = "NACSA-KE",
                Network = "NACSA4U", Address = CoordinatorAddress, Name = "Peter Otieno", Language = "fr",
            });
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }
}
