using System.Text.Json;
using Spectre.Console;

namespace Review4U.Cli.Commands.Consultations;

internal static class CliOutput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Raw to the terminal's writer: the console would wrap long lines inside JSON strings.</summary>
    public static void WriteJson(IAnsiConsole console, object value) => console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(value, Json));

    public static string Local(DateTimeOffset? at) => at is { } value ? value.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
