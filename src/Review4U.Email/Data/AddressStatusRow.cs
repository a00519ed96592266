namespace Review4U.Email.Data;

/// <summary>An address a server refused permanently, per body (<c>email.address_status</c>).</summary>
public sealed class AddressStatusRow
{
    public Guid BodyId { get; set; }
    /// <summary>Lower-cased address.</summary>
    public required string Address { get; set; }
    public required string Status { get; set; }
    public required string Reason { get; set; }
    public Guid? OutboxId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
