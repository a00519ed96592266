namespace Review4U.Email.Templates.Models;

/// <summary>After a meeting: the minutes (attached) and the action items, for the government focal point.</summary>
public sealed record ConsultationSummaryModel : EmailModel
{
    public required string MeetingTitle { get; init; }
    public required DateTimeOffset HeldOn { get; init; }
    public required int AttendeeCount { get; init; }
    public required string AgendaText { get; init; }
    /// <summary>One line per action item: title, owner, due day.</summary>
    public required string ActionsText { get; init; }
    public required string MinutesFileName { get; init; }
}
