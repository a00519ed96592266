namespace Review4U.Documents.Questionnaires;

/// <summary>
/// The questionnaires of one folder, loaded once on first use. Any invalid file, or two files with the
/// same id, makes the whole catalogue fail with every error listed: a round never starts on a broken file.
/// </summary>
public sealed class QuestionnaireCatalog
{
    private readonly Lazy<IReadOnlyDictionary<string, Questionnaire>> _byId;

    public QuestionnaireCatalog(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
        _byId = new Lazy<IReadOnlyDictionary<string, Questionnaire>>(Load);
    }

    public string Directory { get; }

    public IReadOnlyCollection<Questionnaire> All => _byId.Value.Values.OrderBy(q => q.Id, StringComparer.Ordinal).ToList();

    public bool TryGet(string id, out Questionnaire? questionnaire) => _byId.Value.TryGetValue(id, out questionnaire);

    public Questionnaire Get(string id) =>
        TryGet(id, out var questionnaire)
            ? questionnaire!
            : throw new KeyNotFoundException(
                $"No questionnaire '{id}' in {Directory} (known: {string.Join(", ", _byId.Value.Keys.Order(StringComparer.Ordinal))}).");

    private Dictionary<string, Questionnaire> Load()
    {
        var results = QuestionnaireLoader.LoadDirectory(Directory);
        var errors = results.SelectMany(result => result.Errors).ToList();
        var byId = new Dictionary<string, Questionnaire>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in results.Where(result => result.IsValid))
        {
            var questionnaire = result.Questionnaire!;
            var file = result.File;
            if (!byId.TryAdd(questionnaire.Id, questionnaire))
            {
                errors.Add(new QuestionnaireError(file, 1, 1, $"questionnaire id '{questionnaire.Id}' is already used by {files[questionnaire.Id]}"));
            }
            else
            {
                files[questionnaire.Id] = file;
            }
        }

        return errors.Count == 0 ? byId : throw new QuestionnaireValidationException(errors);
    }

    internal static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);
}
