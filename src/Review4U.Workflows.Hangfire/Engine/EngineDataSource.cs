using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>The engine's own pooled data source, keyed so it never clashes with another module's.</summary>
internal static class EngineDataSource
{
    public const string Key = "review4u-workflows";

    public static NpgsqlDataSource Get(IServiceProvider services) => services.GetRequiredKeyedService<NpgsqlDataSource>(Key);
}
