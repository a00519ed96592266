using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Review4U.TestKit.Postgres;
using Review4U.TestKit.Smtp;
using Review4U.Web.Infrastructure;
using Review4U.Web.Tests.Support;

namespace Review4U.Web.Tests.Jobs;

/// <summary>
/// The Hangfire Dashboard at /jobs: open to loopback, and to other addresses only with the admin token. Requests go
/// through the in-memory TestServer, which lets each one claim the remote address it comes from.
/// </summary>
public sealed class JobsDashboardTests : IAsyncLifetime
{
    private const string AdminToken = "jobs-admin-token-for-tests-0123456789";
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");
    private TestDatabase database = null!;
    private TestSmtpServer smtp = null!;
    private Review4UWebHost web = null!;

    public async Task InitializeAsync()
    {
        database = await WebWorld.CreateDatabaseAsync();
        smtp = await TestSmtpServer.StartAsync();
        web = Review4UWebHost.InMemory(database.ConnectionString, smtp.Port, new FakeTimeProvider(WebWorld.Start),
            new Dictionary<string, string?> { ["Jobs:AdminToken"] = AdminToken });
    }

    public async Task DisposeAsync()
    {
        await web.DisposeAsync();
        await smtp.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Dashboard_Answers200_WhenTheRequestComesFromLoopback(string address)
    {
        var response = await GetAsync(JobsDashboard.Path, IPAddress.Parse(address));

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        Assert.StartsWith("text/html", response.Response.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/jobs")]
    [InlineData("/jobs/jobs/succeeded")]
    [InlineData("/jobs/stats")]
    public async Task Dashboard_IsRefused_WhenTheRequestComesFromAnotherAddressWithoutTheToken(string path)
    {
        var response = await GetAsync(path, Remote);

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_IsRefused_WhenTheRemoteRequestCarriesAWrongToken()
    {
        var response = await GetAsync(JobsDashboard.Path, Remote, "Bearer " + AdminToken[..^1] + "X");

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Answers200_WhenTheRemoteRequestCarriesTheAdminToken()
    {
        var response = await GetAsync(JobsDashboard.Path, Remote, "Bearer " + AdminToken);

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_IsRefused_WhenNoRemoteAddressIsKnown()
    {
        var response = await GetAsync(JobsDashboard.Path, remote: null);

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
    }

    private Task<HttpContext> GetAsync(string path, IPAddress? remote, string? authorization = null) =>
        web.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = remote;
            if (authorization is not null)
            {
                context.Request.Headers.Authorization = authorization;
            }
        });
}
