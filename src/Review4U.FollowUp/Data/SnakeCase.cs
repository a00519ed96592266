using System.Text;

namespace Review4U.FollowUp.Data;

/// <summary>PostgreSQL names for the followup schema: <c>CommitmentId</c> becomes <c>commitment_id</c>.</summary>
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
