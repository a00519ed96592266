using Microsoft.Extensions.Options;
using Review4U.Documents.Questionnaires;

namespace Review4U.Rounds.Questionnaires;

/// <summary>
/// The questionnaires of a folder, loaded and validated when the catalog is made (at host start, by
/// <c>ResolveOnStart</c>, registered by <c>AddReview4URounds</c>), not on a round's first launch; an invalid file stops it with every error listed.
/// </summary>
public sealed class FolderQuestionnaireCatalog : IQuestionnaireCatalog
{
    private readonly IReadOnlyList<Questionnaire> _all;

    public FolderQuestionnaireCatalog(IOptions<RoundsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.Value.QuestionnairesPath;
        _all = Directory.Exists(folder)
            ? QuestionnaireLoader.LoadDirectory(folder).Select(result => result.GetValueOrThrow()).ToList()
            : throw new DirectoryNotFoundException($"The questionnaires folder '{Path.GetFullPath(folder)}' does not exist (Rounds:QuestionnairesPath).");
    }

    public Questionnaire? Find(string id, int? version = null) =>
        _all.FirstOrDefault(q => q.Id == id && (version is null || q.Version == version));
}
