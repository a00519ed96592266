using System.Text.Json;
using Spectre.Console;

namespace Review4U.Cli.Commands.Vpi;

internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // Raw to the terminal's writer: the console would wrap long lines inside JSON strings.
    public static int Write(IAnsiConsole console, object value)
    {
        console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(value, Options));
        return 0;
    }
}
