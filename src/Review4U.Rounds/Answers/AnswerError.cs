namespace Review4U.Rounds.Answers;

/// <summary>Why a member's action was refused; nothing was written. The answer page shows each as a clear page.</summary>
public enum AnswerError
{
    None,
    /// <summary>The link was never issued (or is mistyped): offer to send a fresh one.</summary>
    UnknownToken,
    /// <summary>The link expired: offer a fresh one for the same task.</summary>
    ExpiredToken,
    /// <summary>The link opens a task of another round than the one in the address.</summary>
    AnotherRound,
    /// <summary>The round's deadline has passed (or it was closed early).</summary>
    AfterDeadline,
    /// <summary>The question is not one of those routed to this organisation.</summary>
    QuestionNotRouted,
    /// <summary>A bad value: an unknown option, a missing reason, a colleague of another organisation, …</summary>
    Invalid,
}
