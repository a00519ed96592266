namespace Review4U.Documents.Submissions;

public enum ParticipationStatus
{
    NoResponse,
    Answered,
    Declined,
}
