using MailKit.Security;

namespace Review4U.Email.Options;

/// <summary>Outgoing SMTP server and delivery policy.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 2525;
    /// <summary>None, StartTls, SslOnConnect, StartTlsWhenAvailable or Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.None;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>Parallel SMTP connections (kept open and reused between messages and dispatch runs).</summary>
    public int MaxConnections { get; set; } = 4;
    /// <summary>Rows claimed per round trip.</summary>
    public int BatchSize { get; set; } = 200;
    /// <summary>Upper bound of batches one <c>DispatchDueAsync</c> call sends before returning.</summary>
    public int MaxBatchesPerRun { get; set; } = 50;
    /// <summary>
    /// For rows an older version left 'sending': once their lease is this old they are taken over (the claimant is presumed
    /// dead). This version claims by a row lock held in the batch's transaction and never writes a lease.
    /// </summary>
    public TimeSpan LeaseTimeout { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Attempts before a transiently failing row is marked failed.</summary>
    public int MaxAttempts { get; set; } = 10;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(2);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>
    /// A pooled connection idle this long (real time) is checked with NOOP before it carries a message: servers drop idle
    /// sessions (some after 30 s), and a message sent on a dropped one fails and waits for a retry.
    /// </summary>
    public TimeSpan CheckIdleConnectionAfter { get; set; } = TimeSpan.FromSeconds(20);
}
