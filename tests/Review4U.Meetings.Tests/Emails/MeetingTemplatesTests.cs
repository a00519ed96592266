using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Meetings.Tests.Support;

namespace Review4U.Meetings.Tests.Emails;

/// <summary>The seven meeting templates render in every shipped language, with the body's local times as given.</summary>
public sealed class MeetingTemplatesTests
{
    private static readonly BodyIdentity Body = new("Alliance française de la société civile", "NACSA-FR", "NACSA4U");
    private static readonly DateTimeOffset Start = new(2027, 4, 14, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly Uri Link = new("http://review4u.test/meetings/x/agenda/y");

    public static TheoryData<string> Languages() => [.. EmailTemplateCatalog.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_WritesEveryMeetingTemplateWithTheLocalTime_WhenGivenEachLanguage(string language)
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Of("workflows/templates"));
        EmailModel[] models =
        [
            new MeetingInvitationModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", Change = "new", StartsAt = Start, EndsAt = Start.AddHours(2), TimeZone = "Europe/Paris", Location = "Paris" },
            new MeetingInvitationModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", Change = "cancelled", StartsAt = Start, EndsAt = Start.AddHours(2), TimeZone = "Europe/Paris", Location = "" },
            new AgendaCallModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", StartsAt = Start, TimeZone = "Europe/Paris", Cutoff = Start.AddDays(-10), ProposeUrl = Link },
            new AgendaReviewModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", ItemCount = 3, Quorum = 2, SettleBy = Start.AddDays(-7), ReviewUrl = Link },
            new AgendaCirculatedModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", StartsAt = Start, TimeZone = "Europe/Paris", Location = "Paris", AgendaText = "1. Firearms" },
            new ActionItemReminderModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", ActionTitle = "Draft the brief", DueOn = Start, DaysLeft = 7 },
            new ActionItemOverdueModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", ActionTitle = "Draft the brief", DueOn = Start },
            new ConsultationSummaryModel { Body = Body, RecipientName = "Nadia", MeetingTitle = "Q2", HeldOn = Start, AttendeeCount = 12, AgendaText = "1. Firearms", ActionsText = "- Draft the brief", MinutesFileName = "minutes.pdf" },
        ];
        foreach (var model in models)
        {
            var email = templates.Render(model, language);
            Assert.Equal(language, email.Language);
            Assert.False(string.IsNullOrWhiteSpace(email.Subject));
            Assert.Contains("Nadia", email.Text, StringComparison.Ordinal);
            Assert.Contains(Body.Name, email.Text, StringComparison.Ordinal);
            if (model is MeetingInvitationModel or AgendaCallModel or AgendaCirculatedModel)
            {
                Assert.Contains("10:00", email.Text, StringComparison.Ordinal); // the body's wall clock, not UTC (08:00)
            }
        }
    }
}
