using System.Text;

namespace Review4U.Documents.Rendering;

/// <summary>Drops characters XML 1.0 cannot carry (control characters pasted from other tools).</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var index = 0;
        while (index < text.Length && IsAllowed(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (IsAllowed(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    // Surrogates are allowed here: pairs form valid characters, and a lone one is rare enough to leave to the writer.
    private static bool IsAllowed(char character) =>
        character is '\t' or '\n' or '\r' || (character >= ' ' && character != '\uFFFE' && character != '\uFFFF');
}
