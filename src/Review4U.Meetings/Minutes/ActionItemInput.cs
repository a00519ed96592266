namespace Review4U.Meetings.Minutes;

/// <summary>An action item as the secretariat records it: the owner's email (a participant or a member contact), the due day.</summary>
public sealed record ActionItemInput(string Title, string OwnerEmail, DateOnly DueOn);
