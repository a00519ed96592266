using Review4U.Email;
using Review4U.Rounds;
using Review4U.Secretariat;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Runtime;

namespace Review4U.Web.Features.Secretariat;

/// <summary>The Secretariat pages (expressions of interest, the Steering Committee's decision) and the module they use.</summary>
public static class SecretariatComposition
{
    /// <summary>
    /// Registers the secretariat module (section <c>Secretariat</c>, database <c>ConnectionStrings:Review4U</c>) with the
    /// email, engine and rounds modules when the host has not registered them already.
    /// </summary>
    public static IHostApplicationBuilder AddReview4USecretariatPages(this IHostApplicationBuilder builder)
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

        if (!services.Any(d => d.ServiceType == typeof(Review4U.Rounds.Launch.RoundLauncher)))
        {
            services.AddReview4URounds(o =>
            {
                o.ConnectionString = connectionString;
                configuration.GetSection("Rounds").Bind(o);
            });
        }

        services.AddReview4USecretariat(o =>
        {
            configuration.GetSection("Secretariat").Bind(o);
            o.ConnectionString = connectionString;
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapReview4USecretariat(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Forms are checked with IAntiforgery inside the handlers, as on the answer pages.
        var group = endpoints.MapGroup("/secretariat").ExcludeFromDescription();
        group.MapGet("/interest/{token}", SecretariatEndpoints.ShowInterestAsync);
        group.MapPost("/interest/{token}", SecretariatEndpoints.SaveInterestAsync);
        group.MapGet("/decide/{token}", SecretariatEndpoints.ShowBallotAsync);
        group.MapPost("/decide/{token}", SecretariatEndpoints.VoteAsync);
        return endpoints;
    }
}
