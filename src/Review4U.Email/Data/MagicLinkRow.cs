namespace Review4U.Email.Data;

/// <summary>A personal link's token, kept only as its SHA-256 hash (<c>email.magic_links</c>).</summary>
public sealed class MagicLinkRow
{
    public required byte[] TokenHash { get; set; }
    public Guid BodyId { get; set; }
    public Guid TaskId { get; set; }
    public Guid ContactId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
