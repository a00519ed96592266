using System.Net;
using Microsoft.AspNetCore.Http;
using Review4U.Web.Infrastructure;
using Review4U.Web.Tests.Support;

namespace Review4U.Web.Tests.Jobs;

/// <summary>
/// The Hangfire Dashboard at /jobs: open to loopback, to other addresses only with the admin token, and read-only.
/// Requests go through the in-memory TestServer, which lets each one claim the remote address it comes from.
/// </summary>
public sealed class JobsDashboardTests(InMemoryWebHost host) : IClassFixture<InMemoryWebHost>
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

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
        var response = await GetAsync(JobsDashboard.Path, Remote, "Bearer " + BareWebHost.AdminToken[..^1] + "X");

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Answers200_WhenTheRemoteRequestCarriesTheAdminToken()
    {
        var response = await GetAsync(JobsDashboard.Path, Remote, "Bearer " + BareWebHost.AdminToken);

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_IsRefused_WhenNoRemoteAddressIsKnown()
    {
        var response = await GetAsync(JobsDashboard.Path, remote: null);

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
    }

    [Theory]
    [InlineData("/jobs/recurring/trigger")]
    [InlineData("/jobs/jobs/enqueued/delete")]
    public async Task DashboardCommands_AreRefused_EvenFromLoopback_BecauseTheDashboardIsReadOnly(string command)
    {
        // A writable dashboard goes on to dispatch the command; a read-only one refuses it with 401 before anything runs.
        var response = await GetAsync(command, IPAddress.Loopback);

        Assert.Equal(StatusCodes.Status401Unauthorized, response.Response.StatusCode);
    }

    private Task<HttpContext> GetAsync(string path, IPAddress? remote, string? authorization = null) =>
        host.Web.Server.SendAsync(context =>
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
