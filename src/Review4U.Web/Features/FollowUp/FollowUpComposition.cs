using Review4U.Email;
using Review4U.FollowUp;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Runtime;

namespace Review4U.Web.Features.FollowUp;

/// <summary>The VPI status page and the plan review page: the modules they need, and their endpoints.</summary>
public static class FollowUpComposition
{
    /// <summary>
    /// Registers the follow-up module (section <c>FollowUp</c>, database <c>ConnectionStrings:Review4U</c>), with the
    /// email module and the engine when the host has not registered them already.
    /// </summary>
    public static IHostApplicationBuilder AddReview4UFollowUpPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString("Review4U")
            ?? throw new InvalidOperationException("ConnectionStrings:Review4U is not configured.");
        var services = builder.Services;
        services.AddAntiforgery();
        if (!services.Any(d => d.ServiceType == typeof(Email.Outbox.IOutbox)))
        {
            services.AddReview4UEmail(o =>
            {
                o.ConnectionString = connectionString;
                configuration.GetSection("Email").Bind(o);
            });
        }

        if (!services.Any(d => d.ServiceType == typeof(IWorkflowRuntime)))
        {
            services.AddReview4UWorkflowEngine(o => o.ConnectionString = connectionString);
        }

        services.AddReview4UFollowUp(o =>
        {
            configuration.GetSection("FollowUp").Bind(o);
            o.ConnectionString = connectionString;
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapReview4UFollowUpPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Forms are checked with IAntiforgery inside the handlers: the host runs no antiforgery middleware.
        endpoints.MapGet("/vpi/status/{token}", FollowUpEndpoints.ShowStatusAsync).ExcludeFromDescription();
        endpoints.MapPost("/vpi/status/{token}", FollowUpEndpoints.SaveStatusAsync).ExcludeFromDescription();
        endpoints.MapGet("/plan/review/{token}", FollowUpEndpoints.ShowPlanAsync).ExcludeFromDescription();
        endpoints.MapPost("/plan/review/{token}", FollowUpEndpoints.DecidePlanAsync).ExcludeFromDescription();
        return endpoints;
    }
}
