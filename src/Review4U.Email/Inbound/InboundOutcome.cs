namespace Review4U.Email.Inbound;

/// <summary>What became of one received message (also the value of <c>email.inbound.status</c>, kebab-cased).</summary>
public enum InboundOutcome
{
    /// <summary>Already recorded (same Message-ID): nothing done again.</summary>
    Duplicate,
    /// <summary>Matched to a task, handed to the reply handler, acknowledged.</summary>
    Handled,
    /// <summary>Matched nothing: forwarded to the coordinator.</summary>
    Forwarded,
    /// <summary>An out-of-office or other automatic reply: recorded, neither acknowledged nor forwarded.</summary>
    AutoReply,
    /// <summary>A mailto: unsubscribe request: reminders of that round muted for the contact.</summary>
    Unsubscribed,
    /// <summary>Matched nothing and no coordinator is configured: kept in <c>email.inbound</c> for an operator.</summary>
    Unrouted,
}
