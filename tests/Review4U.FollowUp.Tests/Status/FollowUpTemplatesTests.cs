using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.FollowUp.Tests.Support;

namespace Review4U.FollowUp.Tests.Status;

/// <summary>Every follow-up template renders in every shipped language with the model's values in it (no empty variable).</summary>
public sealed class FollowUpTemplatesTests
{
    private static readonly BodyIdentity Kenya = new("Kenya Civil Society Alliance against Organized Crime", "NACSA-KE", "NACSA4U");
    private static readonly Uri Link = new("http://review4u.test/vpi/status/abc");
    private static readonly DateTimeOffset Deadline = new(2027, 3, 15, 6, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages() => [.. EmailTemplateCatalog.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_ShowsTheModelsValues_InEveryLanguage(string language)
    {
        var templates = EmailTemplates.Load(RepositoryPaths.Of("workflows/templates"));
        EmailModel[] models =
        [
            new VpiStatusRequestModel { Body = Kenya, RecipientName = "Zawadi", OrganisationName = "Port Integrity", Period = "2027-03", CommitmentKey = "P4", CommitmentTitle = "Port risk assessment", DueDate = "2027-11-30", CurrentStatus = "on-track", Progress = 40, Deadline = Deadline, StatusUrl = Link },
            new VpiStatusReminderModel { Body = Kenya, RecipientName = "Zawadi", Period = "2027-03", CommitmentKey = "P4", CommitmentTitle = "Port risk assessment", Deadline = Deadline, DaysLeft = 7, StatusUrl = Link },
            new VpiEscalationModel { Body = Kenya, RecipientName = "Zawadi", Period = "2027-03", ItemCount = 1, Items = "- P4 Port risk assessment: at-risk" },
            new VpiProgressReportModel { Body = Kenya, RecipientName = "Zawadi", Quarter = "2027-Q1", CommitmentCount = 5, DoneCount = 1, AttentionCount = 2, OverallProgress = 47, DocumentName = "NACSA-KE-vpi-progress-2027-Q1.docx" },
            new PlanReviewRequestModel { Body = Kenya, RecipientName = "Zawadi", PlanTitle = "Annual activity plan 2027", Version = 2, ActivityCount = 6, Quorum = 3, Activities = "- 2027-01-14 10:00 [steering-committee] SC meeting", ReviewUrl = Link },
            new PlanApprovedModel { Body = Kenya, RecipientName = "Zawadi", PlanTitle = "Annual activity plan 2027", Version = 2, ActivityCount = 6, Approvals = 3 },
            new PlanReturnedModel { Body = Kenya, RecipientName = "Zawadi", PlanTitle = "Annual activity plan 2027", Version = 1, Rejections = 2, Comments = "- Brian (reject): the brief has no subject." },
            new ActivityReminderModel { Body = Kenya, RecipientName = "Zawadi", ActivityTitle = "Training on the Firearms Protocol", ActivityKind = "capacity-building", StartsAt = "2027-04-20 09:00", DaysLeft = 14, Location = "Mombasa", PlanTitle = "Annual activity plan 2027" },
        ];

        foreach (var model in models)
        {
            var email = templates.Render(model, language);
            Assert.Equal(language, email.Language);
            Assert.Contains("Zawadi", email.Text, StringComparison.Ordinal);
            Assert.Contains(Kenya.Name, email.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", email.Subject, StringComparison.Ordinal);
        }
    }
}
