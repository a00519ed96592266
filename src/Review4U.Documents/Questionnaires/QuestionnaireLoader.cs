namespace Review4U.Documents.Questionnaires;

/// <summary>Loads and validates questionnaire YAML files (<c>workflows/questionnaires/*.yaml</c>).</summary>
public static class QuestionnaireLoader
{
    public static QuestionnaireLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = File.OpenText(path);
        return Parse(reader, Path.GetFileName(path));
    }

    public static QuestionnaireLoadResult Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        return new QuestionnaireParser(fileName).Parse(reader);
    }

    public static QuestionnaireLoadResult Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        return Parse(reader, fileName);
    }

    /// <summary>Loads every <c>*.yaml</c> / <c>*.yml</c> file of a folder, in ordinal file-name order.</summary>
    public static IReadOnlyList<QuestionnaireLoadResult> LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Directory.EnumerateFiles(directory)
            .Where(QuestionnaireCatalog.IsYaml)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();
    }
}
