namespace Review4U.Meetings.Bridge;

/// <summary>Where a forwarded agenda item landed.</summary>
public sealed record ForwardedItem(Guid ItemId, string NetworkCode, Guid MeetingId, string MeetingTitle, bool Created);
