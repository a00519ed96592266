using System.Globalization;

namespace Review4U.Documents.Rendering;

internal static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero):0}%");
}
