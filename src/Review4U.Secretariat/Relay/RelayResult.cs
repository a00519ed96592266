namespace Review4U.Secretariat.Relay;

/// <summary>What a relay did: <see cref="Created"/> false when the same call was relayed before (emails are never sent twice).</summary>
public sealed record RelayResult(Guid RelayId, bool Created, int EmailsQueued, IReadOnlyList<RelayTarget> Targets);

/// <summary>One alliance of the network's countries: its coordinator written to (null: none in office, nothing sent) and the round it launched.</summary>
public sealed record RelayTarget(string AllianceCode, string Country, string? CoordinatorEmail, Guid? LinkedRoundId);
