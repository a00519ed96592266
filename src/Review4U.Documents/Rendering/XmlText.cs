using System.Text;

namespace Review4U.Documents.Rendering;

/// <summary>
/// Drops what XML 1.0 cannot carry (control characters and lone surrogates pasted from other tools),
/// so one odd answer never stops a whole compilation.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(character).Append(text[++index]);
            }
            else if (!char.IsSurrogate(character) && IsAllowed(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(character) || !IsAllowed(character))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(char character) =>
        character is '\t' or '\n' or '\r' || (character >= ' ' && character != '\uFFFE' && character != '\uFFFF');
}
