using Review4U.Documents.Questionnaires;
using Review4U.Rounds.Data.Rows;

namespace Review4U.Rounds.Answers;

/// <summary>Everything the answer page shows: the task's routed questions (in the contact's language), its answers and files.</summary>
public sealed record TaskView(
    TaskAccess Access,
    IReadOnlyList<RoutedQuestion> Questions,
    IReadOnlyDictionary<string, AnswerRow> Answers,
    IReadOnlyList<AttachmentRow> Attachments,
    bool Editable);
