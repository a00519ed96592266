using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Review4U.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The domain's DbContext on PostgreSQL, the member import/export services, and the bodies per-body workflow triggers fire for.</summary>
    public static IServiceCollection AddReview4UData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<Review4UDbContext>(options => Review4UDbContextOptions.Configure(options, connectionString));
        services.AddScoped<BodyStore>();
        services.AddScoped<Workflows.Triggers.ITriggerBodies, TriggerBodyDirectory>();
        services.AddScoped<Members.MemberImporter>();
        services.AddScoped<Members.MemberExporter>();
        services.AddScoped<Demo.DemoSeeder>();
        return services;
    }
}
