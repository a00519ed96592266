using Review4U.Cli.Infrastructure;
using Spectre.Console;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>Runs one secretariat action with the module's services and prints its one-line result.</summary>
internal static class MeetingAction
{
    public static async Task<int> RunAsync(CliSettings cli, ConsultationSettings settings, IAnsiConsole? console, Func<CliMeetings, Task<string>> action)
    {
        await using var meetings = new CliMeetings(cli, settings.Workflows);
        var message = await action(meetings);
        (console ?? AnsiConsole.Console).MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[green]{message}[/]");
        return 0;
    }
}
