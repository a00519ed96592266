using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Review4U.Web.Tests.Support;

/// <summary>
/// The real web host (<c>Program</c>'s composition) on a test database, with the test's SMTP server and clock. The
/// pages are under test, not the worker: no Hangfire server, no outbox delivery and no IMAP reader run in it; the
/// world drives the engine and the outbox itself, on the same database.
/// </summary>
public sealed class Review4UWebHost : WebApplicationFactory<Program>
{
    public const string UnsubscribeSecret = "web-tests-unsubscribe-secret-0123456789abcdef";

    private readonly Dictionary<string, string?> settings;
    private readonly TimeProvider clock;

    private Review4UWebHost(Dictionary<string, string?> settings, TimeProvider clock)
    {
        this.settings = settings;
        this.clock = clock;
    }

    /// <summary>Where the browser reaches the host (Kestrel), or null when it runs on the in-memory TestServer.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>Serves the host on real Kestrel at 127.0.0.1 on a free port, so that a browser can open it.</summary>
    public static Review4UWebHost StartOnKestrel(string connectionString, int smtpPort, TimeProvider clock, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var host = new Review4UWebHost(Settings(connectionString, smtpPort, baseAddress, extra), clock) { BaseAddress = baseAddress };
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        host.StartServer();
        return host;
    }

    /// <summary>The host on the in-memory TestServer (requests can claim any remote address).</summary>
    public static Review4UWebHost InMemory(string connectionString, int smtpPort, TimeProvider clock, IReadOnlyDictionary<string, string?>? extra = null) =>
        new(Settings(connectionString, smtpPort, new Uri("http://review4u.test/"), extra), clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    private static Dictionary<string, string?> Settings(string connectionString, int smtpPort, Uri publicBaseUrl, IReadOnlyDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Review4U"] = connectionString,
            ["Email:TemplatesPath"] = RepositoryPaths.Of("workflows/templates"),
            ["Email:PublicBaseUrl"] = publicBaseUrl.AbsoluteUri,
            ["Email:UnsubscribeSecret"] = UnsubscribeSecret,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:Delivery:Enabled"] = "false",
            ["Email:Imap:Enabled"] = "false",
            ["Workflows:Path"] = RepositoryPaths.Of("workflows"),
            ["Workflows:WorkerCount"] = "0",
            ["Rounds:QuestionnairesPath"] = RepositoryPaths.Output("Support", "questionnaires"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    // Kestrel must know its port before start, because the host writes it into the links of the emails it sends
    // (forward, fresh link). The port is free when asked; another process taking it in between is very unlikely here.
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
