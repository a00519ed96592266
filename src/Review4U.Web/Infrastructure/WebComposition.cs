using Npgsql;
using Review4U.Data;
using Review4U.Email;
using Review4U.Web.Features.Answers;
using Review4U.Web.Features.FollowUp;
using Review4U.Web.Features.Meetings;
using Review4U.Web.Features.Review;
using Review4U.Web.Features.Secretariat;
using Review4U.Web.Features.Unsubscribe;
using Review4U.Workflows.Hangfire;

namespace Review4U.Web.Infrastructure;

/// <summary>
/// The web host's composition: the whole application in one process — domain data, the workflow engine with
/// its Hangfire server, email delivery and reply reading, the member answer pages — then its endpoints.
/// </summary>
public static class WebComposition
{
    public static IHostApplicationBuilder AddReview4UWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString("Review4U")
            ?? throw new InvalidOperationException("ConnectionStrings:Review4U is not configured.");
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddReview4UData(connectionString);

        // Definitions are loaded (and validated: an invalid file stops start-up) before the engine's server starts.
        services.AddOptions<WorkflowFilesOptions>().Bind(configuration.GetSection("Workflows"));
        services.AddHostedService<WorkflowDefinitionsStartup>();
        services.AddReview4UWorkflowEngine(o =>
        {
            configuration.GetSection("Workflows").Bind(o);
            o.ConnectionString = connectionString;
        });
        services.AddReview4UEmail(o =>
        {
            configuration.GetSection("Email").Bind(o);
            o.ConnectionString = connectionString;
        });
        services.AddOptions<OutboxDeliveryOptions>().Bind(configuration.GetSection("Email:Delivery"));
        services.AddHostedService<OutboxDeliveryService>();
        builder.AddReview4UAnswers();
        builder.AddReview4UFollowUpPages();
        services.AddOptions<JobsDashboardOptions>().Bind(configuration.GetSection("Jobs"));
        builder.AddReview4USecretariatPages();
        builder.AddReview4UMeetingPages();
        return builder;
    }

    public static IEndpointRouteBuilder MapReview4UWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health");
        endpoints.MapReview4UAnswers();
        endpoints.MapReview4UReview();
        endpoints.MapReview4UMeetingPages();
        endpoints.MapReview4UFollowUpPages();
        endpoints.MapReview4UUnsubscribe();
        endpoints.MapReview4UJobsDashboard();
        endpoints.MapReview4USecretariat();
        return endpoints;
    }
}
