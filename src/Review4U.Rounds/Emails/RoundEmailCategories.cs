namespace Review4U.Rounds.Emails;

/// <summary>Outbox categories of the rounds module's own emails (the email module's <c>EmailCategories</c> hold the shared ones).</summary>
public static class RoundEmailCategories
{
    /// <summary>A review request or its reminder; replies to it become comments on the draft (<c>ReviewReplyHandler</c>).</summary>
    public const string ReviewRequest = "review-request";
}
