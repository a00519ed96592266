namespace Review4U.Email.Templates.Models;

/// <summary>Tells the coordinator that a contact's address was refused permanently.</summary>
public sealed record BounceAlertModel : EmailModel
{
    public required string Address { get; init; }
    public required string OriginalSubject { get; init; }
    public required string ServerReply { get; init; }
    public required DateTimeOffset FailedAt { get; init; }
}
