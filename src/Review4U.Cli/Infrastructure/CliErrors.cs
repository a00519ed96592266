using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>Turns exceptions into one readable line and an exit code instead of a stack trace.</summary>
internal static class CliErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (CommandAppException e)
        {
            AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]error:[/] {e.Message}");
            return 2;
        }
        catch (UserFacingException e)
        {
            AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
