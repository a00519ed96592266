namespace Review4U.Rounds.Recipients;

public sealed record RecipientContact(Guid ContactId, string Name, string Email, string Language);
