using Review4U.Email.Templates.Models;

namespace Review4U.Email.Tests.Infrastructure;

/// <summary>One filled model per shipped template.</summary>
internal static class SampleModels
{
    public static readonly BodyIdentity Kenya = new("Kenya Civil Society Alliance for UNTOC", "NACSA-KE", "NACSA4U");

    public static readonly DateTimeOffset Deadline = new(2026, 12, 15, 17, 0, 0, TimeSpan.Zero);

    private static readonly Uri Link = new("https://review4u.example/t/abc?x=1&y=2");

    public static IEnumerable<EmailModel> All()
    {
        yield return Invitation();
        yield return new TaskReminderModel
        {
            Body = Kenya, RecipientName = "Amina Njoroge", OrganisationName = "Haki Africa", RoundTitle = "Cluster II review",
            Deadline = Deadline, DaysLeft = 2, TaskUrl = Link, UnsubscribeUrl = new Uri("https://review4u.example/email/unsubscribe?token=t"),
        };
        yield return new TaskEscalationModel
        {
            Body = Kenya, RecipientName = "Peter Otieno", OrganisationName = "Haki Africa", RoundTitle = "Cluster II review",
            Deadline = Deadline, ContactNames = "Amina Njoroge, John Mwangi", RoundUrl = Link,
        };
        yield return new ReplyAcknowledgementModel
        {
            Body = Kenya, RecipientName = "Amina Njoroge", RoundTitle = "Cluster II review", ReceivedAt = Deadline,
            Excerpt = "Our shelters assisted 140 victims in 2025.", TaskUrl = Link,
        };
        yield return new UnknownReplyModel
        {
            Body = Kenya, RecipientName = "Peter Otieno", FromAddress = "someone@example.org", OriginalSubject = "Question",
            ReceivedAt = Deadline, Text = "Hello, who do I talk to?",
        };
        yield return new BounceAlertModel
        {
            Body = Kenya, RecipientName = "Peter Otieno", Address = "gone@example.org", OriginalSubject = "Invitation",
            ServerReply = "550 5.1.1 mailbox unavailable", FailedAt = Deadline,
        };
        yield return new MagicLinkRenewalModel
        {
            Body = Kenya, RecipientName = "Amina Njoroge", RoundTitle = "Cluster II review", TaskUrl = Link, ExpiresAt = Deadline,
        };
        yield return new SubmissionDeliveryModel
        {
            Body = Kenya, RecipientName = "Grace Wanjiru", RoundTitle = "Cluster II review", CountryName = "Kenya",
            ContributorCount = 23, DocumentName = "contribution.docx", AcknowledgeUrl = Link,
        };
    }

    public static TaskInvitationModel Invitation() => new()
    {
        Body = Kenya, RecipientName = "Amina Njoroge", OrganisationName = "Haki Africa", RoundTitle = "Cluster II review",
        QuestionCount = 7, Deadline = Deadline, TaskUrl = Link,
    };
}
