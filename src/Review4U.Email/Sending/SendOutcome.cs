namespace Review4U.Email.Sending;

/// <summary>What happened to one message: sent, to retry later, or refused for good.</summary>
public sealed record SendOutcome(SendOutcomeKind Kind, string? Reply, bool RecipientRefused = false)
{
    public static SendOutcome Sent(string reply) => new(SendOutcomeKind.Sent, reply);
}
