namespace Review4U.Secretariat.Relay;

/// <summary>A network's call to relay: one of its rounds, or an announcement (title and message).</summary>
public sealed record RelayRequest
{
    public required string NetworkCode { get; init; }
    public Guid? RoundId { get; init; }
    public string? Title { get; init; }
    public string? Message { get; init; }
}
