using System.Globalization;
using System.Text.RegularExpressions;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Binding;

/// <summary>
/// The value of an unquoted YAML scalar under the YAML 1.2 core schema (<c>3</c> is a number, <c>true</c> a bool),
/// used where no type is declared (parameters of type <c>any</c>, nested maps and lists); quoted scalars stay text.
/// </summary>
public static partial class YamlScalarTyping
{
    public static object? Infer(ScalarParameterValue scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        return scalar switch
        {
            { Text: null } => null,
            { IsQuoted: true } => scalar.Text,
            { Text: "true" or "True" or "TRUE" } => true,
            { Text: "false" or "False" or "FALSE" } => false,
            { Text: var text } when Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
            { Text: var text } when Decimal().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            _ => scalar.Text,
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();
}
