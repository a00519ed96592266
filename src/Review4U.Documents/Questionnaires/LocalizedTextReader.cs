using Review4U.Documents.Codes;
using YamlDotNet.RepresentationModel;

namespace Review4U.Documents.Questionnaires;

/// <summary>Reads <c>{ en: …, fr: …, es: …, ar: … }</c> mappings; English is required.</summary>
internal static class LocalizedTextReader
{
    public static LocalizedText? Read(YamlErrorSink sink, YamlNode node, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            sink.Add(node, $"{what} must be a mapping of language to text, e.g. {{ en: …, fr: … }}");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var language = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Languages.IsKnown(language))
            {
                sink.Add(keyNode, $"unknown language '{language}' in {what} (expected one of: {string.Join(", ", Languages.All)})");
                continue;
            }

            var text = sink.Scalar(valueNode, $"{what} ({language})");
            if (text is not null)
            {
                texts[language] = text;
            }
        }

        if (!texts.ContainsKey(Languages.English))
        {
            sink.Add(mapping, $"missing English text ('en') in {what}");
            return null;
        }

        return new LocalizedText(texts);
    }
}
