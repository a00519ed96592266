using Microsoft.Extensions.Time.Testing;
using Review4U.Cli.Infrastructure;
using Spectre.Console;

namespace Review4U.Domain.Tests.Cli;

/// <summary>Runs the real <c>review4u</c> command app in-process against a test database, capturing what it prints.</summary>
internal sealed class CliRunner(string connectionString)
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 250;
        var exitCode = await CliApp.RunAsync(args, new CliEnvironment(connectionString, console, Time));
        return (exitCode, writer.ToString());
    }
}
