namespace Review4U.Email.Inbound;

/// <summary>What one pass over the mailbox did, by outcome; <paramref name="Failed"/> messages stay for the next pass.</summary>
public sealed record ImapPollResult(IReadOnlyDictionary<InboundOutcome, int> Outcomes, int Failed, bool MovedToFolder)
{
    public int Total => Outcomes.Values.Sum();

    public int Count(InboundOutcome outcome) => Outcomes.TryGetValue(outcome, out var n) ? n : 0;
}
