using Microsoft.Extensions.DependencyInjection;
using Review4U.Workflows;
using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>The CLI's composition root: the same AddReview4UXxx extensions the web host uses.</summary>
internal static class CliServices
{
    public static ITypeRegistrar CreateRegistrar()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new CliSettings(ConnectionStrings.FromEnvironment()));
        services.AddReview4UWorkflows();
        return new TypeRegistrar(services);
    }
}
