using Review4U.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

/// <summary>Turns exceptions into one readable line and an exit code instead of a stack trace.</summary>
internal static class CliErrors
{
    public static async Task<int> RunAsync(IAnsiConsole console, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (CommandAppException e)
        {
            Report(console, e.Message);
            return 2;
        }
        catch (UserFacingException e)
        {
            Report(console, e.Message);
            return 1;
        }
        catch (DomainRuleException e)
        {
            Report(console, e.Message);
            return 1;
        }
    }

    private static void Report(IAnsiConsole console, string message) =>
        console.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]error:[/] {message}");
}
