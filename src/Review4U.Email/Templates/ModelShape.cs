using System.Reflection;
using System.Text;
using Review4U.Email.Templates.Models;

namespace Review4U.Email.Templates;

/// <summary>The variables a model type declares, by their Liquid (snake_case) names, nested records included.</summary>
internal sealed class ModelShape
{
    private readonly Dictionary<string, ModelShape?> _members = new(StringComparer.Ordinal);

    private ModelShape(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            var nested = property.PropertyType == typeof(BodyIdentity) ? new ModelShape(property.PropertyType) : null;
            _members[SnakeCase(property.Name)] = nested;
        }
    }

    public static ModelShape Of(Type type) => new(type);

    /// <summary>The first segment of <paramref name="path"/> the model does not have, or null when the path exists.</summary>
    public string? FirstUnknown(IReadOnlyList<string> path, int index = 0)
    {
        if (index >= path.Count)
        {
            return null;
        }

        if (!_members.TryGetValue(path[index], out var nested))
        {
            return string.Join('.', path.Take(index + 1));
        }

        return nested?.FirstUnknown(path, index + 1);
    }

    public IEnumerable<string> Names => _members.Keys;

    /// <summary>Same rule as Fluid's snake-case member strategy: <c>RecipientName</c> → <c>recipient_name</c>.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
