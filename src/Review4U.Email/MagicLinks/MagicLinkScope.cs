namespace Review4U.Email.MagicLinks;

/// <summary>What a personal link opens: one task of one contact, in one body.</summary>
public sealed record MagicLinkScope(Guid BodyId, Guid TaskId, Guid ContactId);
