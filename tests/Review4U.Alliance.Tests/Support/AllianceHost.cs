using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Review4U.Alliance.Tests.Support;

/// <summary>
/// The product's own composition (the web host's <c>Program</c>: <c>AddReview4UWeb</c>, which composes the domain, the
/// engine, email and every module, and loads every workflow file of <c>workflows/</c> at start-up) on the test's
/// database, SMTP server and fake clock. Its background workers are off: no Hangfire server, no outbox delivery loop,
/// no IMAP reader. The world drives the same engine, outbox and inbound path itself, deterministically.
/// </summary>
public sealed class AllianceHost(string connectionString, int smtpPort, TimeProvider clock) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@platform.test";
    public const string UnodcEmail = "csu@unodc.example";
    public const string UnsubscribeSecret = "alliance-tests-unsubscribe-secret-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Review4U"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Email:TemplatesPath"] = RepositoryPaths.Of("workflows/templates"),
            ["Email:PublicBaseUrl"] = "http://review4u.test/",
            ["Email:ReplyAddress"] = "reply@review4u.test",
            ["Email:UnsubscribeSecret"] = UnsubscribeSecret,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:Delivery:Enabled"] = "false",
            ["Email:Imap:Enabled"] = "false",
            ["Workflows:Path"] = RepositoryPaths.Of("workflows"),
            ["Workflows:WorkerCount"] = "0",
            ["Rounds:QuestionnairesPath"] = RepositoryPaths.Of("workflows/questionnaires"),
            ["Secretariat:AdminEmail"] = AdminEmail,
            ["FollowUp:UnodcEmail"] = UnodcEmail,
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
