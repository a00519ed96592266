using System.Text;

namespace Review4U.Rounds.Data;

/// <summary>PostgreSQL names for the rounds schema: <c>RoundId</c> becomes <c>round_id</c>, as the raw SQL and COPY use them.</summary>
internal static class SnakeCase
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
