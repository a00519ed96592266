namespace Review4U.Meetings.Agenda;

/// <summary>The outcome of a member's or SC member's action by link: done, or refused with a message (nothing written).</summary>
public sealed record AgendaResult(bool Succeeded, string Message)
{
    public static AgendaResult Ok(string message) => new(true, message);

    public static AgendaResult Refused(string message) => new(false, message);
}
