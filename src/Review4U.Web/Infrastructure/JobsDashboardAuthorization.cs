using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;
using Microsoft.Net.Http.Headers;

namespace Review4U.Web.Infrastructure;

/// <summary>
/// Lets a dashboard request in when it comes from the loopback interface, or carries the configured admin token as a
/// bearer token. Anything else is refused (Hangfire answers 401). Behind a reverse proxy on the same machine every
/// request looks local: such a deployment must not expose <c>/jobs</c> through the proxy.
/// </summary>
internal sealed class JobsDashboardAuthorization(JobsDashboardOptions options) : IDashboardAuthorizationFilter
{
    private const string BearerPrefix = "Bearer ";

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        return IsLoopback(http.Connection.RemoteIpAddress) || CarriesAdminToken(http.Request.Headers[HeaderNames.Authorization].ToString());
    }

    internal static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private bool CarriesAdminToken(string authorization)
    {
        if (string.IsNullOrEmpty(options.AdminToken) || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Constant time, so the token cannot be guessed from response times.
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(authorization[BearerPrefix.Length..].Trim()), Encoding.UTF8.GetBytes(options.AdminToken));
    }
}
