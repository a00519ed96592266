using MailKit.Security;

namespace Review4U.Email.Options;

/// <summary>The mailbox receiving members' replies.</summary>
public sealed class ImapOptions
{
    public bool Enabled { get; set; }
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 1143;
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.None;
    public string UserName { get; set; } = "review4u";
    public string Password { get; set; } = "review4u";
    /// <summary>Folder replies are moved to once handled; created when missing.</summary>
    public string ProcessedFolder { get; set; } = "Processed";
    /// <summary>Poll interval when the server has no IDLE, and the longest IDLE before a re-check.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
