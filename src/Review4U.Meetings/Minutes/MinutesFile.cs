namespace Review4U.Meetings.Minutes;

/// <summary>The minutes the secretariat uploads.</summary>
public sealed record MinutesFile(string FileName, string ContentType, byte[] Content);
