using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>The <c>review4u</c> command app, runnable in-process (tests) as well as from <c>Program</c>.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliEnvironment.FromProcess());

    public static Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var app = new CommandApp(CliServices.CreateRegistrar(environment));
        app.Configure(config =>
        {
            config.SetApplicationName("review4u");
            config.ConfigureConsole(environment.Console);
            config.PropagateExceptions();
            config.ValidateExamples();
            CommandAreas.Register(config);
        });
        return CliErrors.RunAsync(environment.Console, () => app.RunAsync(args));
    }
}
