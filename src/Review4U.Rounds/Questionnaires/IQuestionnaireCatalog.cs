using Review4U.Documents.Questionnaires;

namespace Review4U.Rounds.Questionnaires;

/// <summary>Finds a questionnaire by id (and version, for a running round whose file has moved on).</summary>
public interface IQuestionnaireCatalog
{
    /// <summary>Null when no questionnaire has this id (and version, when given).</summary>
    Questionnaire? Find(string id, int? version = null);
}
