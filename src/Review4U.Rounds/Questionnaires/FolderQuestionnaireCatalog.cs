using Microsoft.Extensions.Options;
using Review4U.Documents.Questionnaires;

namespace Review4U.Rounds.Questionnaires;

/// <summary>The questionnaires of a folder, loaded and validated once; an invalid file stops the catalog with every error listed.</summary>
public sealed class FolderQuestionnaireCatalog : IQuestionnaireCatalog
{
    private readonly Lazy<IReadOnlyList<Questionnaire>> _all;

    public FolderQuestionnaireCatalog(IOptions<RoundsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.Value.QuestionnairesPath;
        _all = new Lazy<IReadOnlyList<Questionnaire>>(() => Directory.Exists(folder)
            ? QuestionnaireLoader.LoadDirectory(folder).Select(result => result.GetValueOrThrow()).ToList()
            : throw new DirectoryNotFoundException($"The questionnaires folder '{Path.GetFullPath(folder)}' does not exist (Rounds:QuestionnairesPath)."));
    }

    public Questionnaire? Find(string id, int? version = null) =>
        _all.Value.FirstOrDefault(q => q.Id == id && (version is null || q.Version == version));
}
