namespace Review4U.Email.MagicLinks;

public enum RenewalResult
{
    /// <summary>A fresh link was issued and its email queued.</summary>
    Queued,
    /// <summary>A renewal for this scope was queued within the rate-limit window: nothing done.</summary>
    RateLimited,
}
