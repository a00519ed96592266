using Microsoft.Extensions.Time.Testing;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;

namespace Review4U.Web.Tests.Support;

/// <summary>
/// The web host on a migrated but empty database (no body, no round), for what needs no data: the jobs dashboard.
/// A class fixture: <see cref="InMemoryWebHost"/> or <see cref="KestrelWebHost"/>.
/// </summary>
public abstract class BareWebHost(bool kestrel) : IAsyncLifetime
{
    public const string AdminToken = "jobs-admin-token-for-tests-0123456789";

    private TestDatabase? database;
    private TestSmtpServer? smtp;
    private Review4UWebHost? web;

    public Review4UWebHost Web => web ?? throw new InvalidOperationException("The host is not started yet.");

    public async Task InitializeAsync()
    {
        database = await WebWorld.CreateDatabaseAsync();
        smtp = await TestSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(WebWorld.Start);
        var settings = new Dictionary<string, string?> { ["Jobs:AdminToken"] = AdminToken };
        web = kestrel
            ? Review4UWebHost.StartOnKestrel(database.ConnectionString, smtp.Port, clock, settings)
            : Review4UWebHost.InMemory(database.ConnectionString, smtp.Port, clock, settings);
    }

    public async Task DisposeAsync()
    {
        if (web is not null)
        {
            await web.DisposeAsync();
        }

        if (smtp is not null)
        {
            await smtp.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
