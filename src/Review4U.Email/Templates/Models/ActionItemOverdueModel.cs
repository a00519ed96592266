namespace Review4U.Email.Templates.Models;

/// <summary>Tells an action item's owner (copy to nobody else) that its due day has passed.</summary>
public sealed record ActionItemOverdueModel : EmailModel
{
    public required string MeetingTitle { get; init; }
    public required string ActionTitle { get; init; }
    public required DateTimeOffset DueOn { get; init; }
}
