namespace Review4U.Rounds.Recipients;

/// <summary>A member organisation a round asks, with its thematic areas and the contacts who receive the task.</summary>
public sealed record Recipient(Guid OrganisationId, string Name, IReadOnlyList<string> ThematicAreas, IReadOnlyList<RecipientContact> Contacts);
