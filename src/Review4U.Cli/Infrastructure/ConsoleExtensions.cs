using Spectre.Console;

namespace Review4U.Cli.Infrastructure;

public static class ConsoleExtensions
{
    /// <summary>
    /// Writes text exactly as given (no markup, no wrapping at the terminal's width): for CSV and for
    /// <c>file:line: column: message</c> reports that people and editors parse.
    /// </summary>
    public static void WriteRawLine(this IAnsiConsole console, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Profile.Out.Writer.WriteLine(text);
        console.Profile.Out.Writer.Flush();
    }

    public static void WriteRaw(this IAnsiConsole console, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Profile.Out.Writer.Write(text);
        console.Profile.Out.Writer.Flush();
    }
}
