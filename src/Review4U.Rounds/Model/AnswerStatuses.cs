namespace Review4U.Rounds.Model;

public static class AnswerStatuses
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
}
