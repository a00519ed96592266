using Microsoft.Extensions.Options;

namespace Review4U.Email.Options;

/// <summary>Checks the email configuration at start-up, naming each bad setting and what is expected.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var smtp = options.Smtp;
        var failures = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
            {
                failures.Add(message);
            }
        }

        Require(!string.IsNullOrWhiteSpace(options.ConnectionString), "Email:ConnectionString is empty: expected the PostgreSQL connection string of the database with the email schema");
        Require(MimeKit.MailboxAddress.TryParse(options.FromAddress, out _), $"Email:FromAddress '{options.FromAddress}' is not an email address");
        Require(options.ReplyAddress.Length == 0 || (options.ReplyAddress.Contains('@', StringComparison.Ordinal) && !options.ReplyAddress.Contains('+', StringComparison.Ordinal)),
            $"Email:ReplyAddress '{options.ReplyAddress}' must be empty or a plain address without '+' (tokens are added as reply+TOKEN@…)");
        Require(options.PublicBaseUrl.IsAbsoluteUri && options.PublicBaseUrl.AbsolutePath.EndsWith('/'),
            $"Email:PublicBaseUrl '{options.PublicBaseUrl}' must be absolute and end with '/'");
        Require(smtp.Port is > 0 and < 65536, $"Email:Smtp:Port {smtp.Port} is not a TCP port");
        Require(smtp.MaxConnections >= 1, $"Email:Smtp:MaxConnections {smtp.MaxConnections} must be at least 1");
        Require(smtp.BatchSize >= 1, $"Email:Smtp:BatchSize {smtp.BatchSize} must be at least 1");
        Require(smtp.MaxAttempts >= 1, $"Email:Smtp:MaxAttempts {smtp.MaxAttempts} must be at least 1");
        Require(smtp.RetryBaseDelay > TimeSpan.Zero && smtp.RetryMaxDelay >= smtp.RetryBaseDelay,
            "Email:Smtp:RetryBaseDelay must be positive and RetryMaxDelay at least as long");
        // A claim must outlive the sending of a batch, or a live dispatcher's rows are taken over and sent again.
        Require(smtp.LeaseTimeout >= smtp.Timeout * 4, $"Email:Smtp:LeaseTimeout {smtp.LeaseTimeout} must be at least four times Smtp:Timeout ({smtp.Timeout})");
        Require(!options.Imap.Enabled || !string.IsNullOrWhiteSpace(options.Imap.Host), "Email:Imap:Host is empty while Imap:Enabled is true");
        Require(options.Imap.PollInterval > TimeSpan.Zero, "Email:Imap:PollInterval must be positive");
        Require(options.MagicLinks.RenewalInterval > TimeSpan.Zero, "Email:MagicLinks:RenewalInterval must be positive");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
