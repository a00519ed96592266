namespace Review4U.Documents.Questionnaires;

public enum QuestionType
{
    LongText,
    YesNoPartially,
    SingleChoice,
    MultipleChoice,
    FileUpload,
}
