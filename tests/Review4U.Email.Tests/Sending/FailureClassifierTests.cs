using System.Net.Sockets;
using MailKit.Net.Smtp;
using Review4U.Email.Sending;

namespace Review4U.Email.Tests.Sending;

public sealed class FailureClassifierTests
{
    [Fact]
    public void Classify_IsPermanentAndBlamesTheRecipient_WhenTheServerRefusesTheRecipientWith5xx()
    {
        var outcome = FailureClassifier.Classify(new SmtpCommandException(
            SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, MimeKit.MailboxAddress.Parse("a@b.example"), "no such user"));

        Assert.Equal(new SendOutcome(SendOutcomeKind.Permanent, "550 no such user", RecipientRefused: true), outcome);
    }

    [Fact]
    public void Classify_IsPermanentWithoutBlamingTheRecipient_WhenTheMessageIsRefusedWith5xx()
    {
        var outcome = FailureClassifier.Classify(new SmtpCommandException(
            SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ExceededStorageAllocation, "too big"));

        Assert.Equal(new SendOutcome(SendOutcomeKind.Permanent, "552 too big"), outcome);
    }

    [Fact]
    public void Classify_IsTransient_WhenTheServerRepliesWith4xx()
    {
        var outcome = FailureClassifier.Classify(new SmtpCommandException(
            SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, MimeKit.MailboxAddress.Parse("a@b.example"), "greylisted"));

        Assert.Equal(SendOutcomeKind.Transient, outcome.Kind);
        Assert.True(FailureClassifier.KeepsConnection(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.MailboxBusy, "x")));
    }

    [Fact]
    public void Classify_IsTransientAndDropsTheConnection_WhenTheConnectionIsRefused()
    {
        var refused = new SocketException((int)SocketError.ConnectionRefused);

        Assert.Equal(SendOutcomeKind.Transient, FailureClassifier.Classify(refused).Kind);
        Assert.False(FailureClassifier.KeepsConnection(refused));
    }
}
