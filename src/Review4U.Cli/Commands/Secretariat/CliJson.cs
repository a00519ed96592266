using System.Text.Json;
using Spectre.Console;

namespace Review4U.Cli.Commands.Secretariat;

/// <summary>JSON straight to the terminal's writer: the console would wrap long lines inside JSON strings.</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(IAnsiConsole console, object value) => console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(value, Options));
}
