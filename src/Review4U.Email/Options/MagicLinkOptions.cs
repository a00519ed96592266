namespace Review4U.Email.Options;

/// <summary>Personal links' lifetime and renewal policy.</summary>
public sealed class MagicLinkOptions
{
    /// <summary>Added to a round's deadline to give a link's default expiry.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromDays(10);
    /// <summary>At most one renewal email per scope in this window.</summary>
    public TimeSpan RenewalInterval { get; set; } = TimeSpan.FromMinutes(15);
}
