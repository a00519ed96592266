using Npgsql;
using Review4U.Web.Features.Answers;

namespace Review4U.Web.Infrastructure;

/// <summary>The web host's composition: services in, endpoints out.</summary>
public static class WebComposition
{
    public static IHostApplicationBuilder AddReview4UWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString("Review4U")
            ?? throw new InvalidOperationException("ConnectionStrings:Review4U is not configured.");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.AddReview4UAnswers();
        return builder;
    }

    public static IEndpointRouteBuilder MapReview4UWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health");
        endpoints.MapReview4UAnswers();
        return endpoints;
    }
}
