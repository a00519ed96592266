using Review4U.Workflows.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Review4U.Workflows.Loading;

/// <summary>Small helpers over YamlDotNet's representation model that keep source locations.</summary>
internal static class YamlNodes
{
    public static SourceLocation At(string file, YamlNode node) => At(file, node.Start);

    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar when IsNull(scalar) => "nothing (null)",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a map",
        _ => "an alias",
    };

    public static ParameterValue ToParameterValue(string file, YamlNode node) => node switch
    {
        YamlScalarNode scalar => new ScalarParameterValue(
            IsNull(scalar) ? null : scalar.Value ?? "", scalar.Style is not ScalarStyle.Plain, At(file, scalar)),
        YamlSequenceNode sequence => new ListParameterValue([.. sequence.Children.Select(child => ToParameterValue(file, child))], At(file, sequence)),
        YamlMappingNode mapping => ToMap(file, mapping),
        _ => new ScalarParameterValue(null, false, At(file, node)),
    };

    public static MapParameterValue ToMap(string file, YamlMappingNode mapping) =>
        new([.. mapping.Children.Select(pair => new ParameterEntry(KeyText(pair.Key), At(file, pair.Key), ToParameterValue(file, pair.Value)))], At(file, mapping));

    public static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : "";
}
