using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;

namespace Review4U.Web.Infrastructure;

/// <summary>
/// The Hangfire Dashboard at <c>/jobs</c>, read-only (no retry, delete or trigger), for loopback requests or holders of
/// the admin token (<see cref="JobsDashboardOptions"/>). It reads the engine's own <see cref="JobStorage"/>; the host does
/// not call <c>AddHangfire</c>, whose global configuration the engine deliberately avoids, so the dashboard's middleware
/// is mapped directly with Hangfire's built-in routes.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/jobs";

    public static IEndpointRouteBuilder MapReview4UJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var options = new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Review4U jobs",
            DisplayStorageConnectionString = false,
            IsReadOnlyFunc = _ => true,
            Authorization = [new JobsDashboardAuthorization(services.GetRequiredService<IOptions<JobsDashboardOptions>>().Value)],
        };
        var pipeline = endpoints.CreateApplicationBuilder()
            .UsePathBase(Path)
            .UseMiddleware<AspNetCoreDashboardMiddleware>(services.GetRequiredService<JobStorage>(), options, DashboardRoutes.Routes)
            .Build();
        endpoints.Map(Path + "/{**path}", pipeline).ExcludeFromDescription();
        return endpoints;
    }
}
