using Microsoft.Extensions.DependencyInjection;
using Review4U.Data;
using Review4U.Workflows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>The CLI's composition root: the same AddReview4UXxx extensions the web host uses.</summary>
internal static class CliServices
{
    public static ITypeRegistrar CreateRegistrar(CliEnvironment environment)
    {
        var services = new ServiceCollection();
        services.AddSingleton(environment.Time);
        services.AddSingleton(environment.Console);
        services.AddSingleton(new CliSettings(environment.ConnectionString));
        services.AddReview4UData(environment.ConnectionString);
        services.AddReview4UWorkflows();

        // `db migrate` applies these in registration order: the domain first, then each module's.
        services.AddSingleton<IDatabaseMigration, DomainDatabaseMigration>();
        services.AddSingleton<IDatabaseMigration, Commands.Rounds.RoundsDatabaseMigration>();
        return new TypeRegistrar(services);
    }
}
