namespace Review4U.Email.Data;

/// <summary>A contact who muted the reminders of one round (scope) by one-click unsubscribe (<c>email.reminder_mutes</c>).</summary>
public sealed class ReminderMuteRow
{
    public Guid BodyId { get; set; }
    public Guid ScopeId { get; set; }
    public Guid ContactId { get; set; }
    public DateTimeOffset MutedAt { get; set; }
}
