using MailKit.Net.Smtp;

namespace Review4U.Email.Sending;

/// <summary>
/// 5xx replies and unparsable addresses are permanent; 4xx replies and everything on the connection's side
/// (refused, reset, timeout, TLS, authentication) are transient and retried with backoff.
/// </summary>
public static class FailureClassifier
{
    public static SendOutcome Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SmtpCommandException c when (int)c.StatusCode >= 500 => new SendOutcome(
                SendOutcomeKind.Permanent, $"{(int)c.StatusCode} {c.Message}", c.ErrorCode == SmtpErrorCode.RecipientNotAccepted),
            SmtpCommandException c => new SendOutcome(SendOutcomeKind.Transient, $"{(int)c.StatusCode} {c.Message}"),
            InvalidAddressException or MimeKit.ParseException => new SendOutcome(
                SendOutcomeKind.Permanent, "invalid address: " + exception.Message, RecipientRefused: true),
            _ => new SendOutcome(SendOutcomeKind.Transient, $"{exception.GetType().Name}: {exception.Message}"),
        };
    }

    /// <summary>Whether the connection can carry the next message after this failure (a refused command leaves it usable).</summary>
    public static bool KeepsConnection(Exception exception) => exception is SmtpCommandException or InvalidAddressException or MimeKit.ParseException;
}
