using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Review4U.Rounds.Model;
using Review4U.Web.Tests.Support;
using static Review4U.Web.Tests.Support.TaskPageSelectors;

namespace Review4U.Web.Tests.Answers;

/// <summary>
/// The member's task page in Chromium, opened from the invitation that reached the SMTP server. One round for the
/// class; each test works on its own organisation's task, so they do not see each other's writes.
/// </summary>
public sealed class TaskPageTests(RoundInProgress round, Chromium chromium) : IClassFixture<RoundInProgress>, IClassFixture<Chromium>
{
    private WebWorld World => round.World;

    [Fact]
    public Task TaskPage_ShowsOnlyTheRoutedQuestions_WhenOpenedFromTheInvitationEmail() =>
        chromium.RunAsync(nameof(TaskPage_ShowsOnlyTheRoutedQuestions_WhenOpenedFromTheInvitationEmail), async page =>
        {
            Assert.Equal(200, await page.OpenAsync(World.InvitationOf(2)));

            // org-02 works on trafficking in persons: the untagged c1 and p3, and p1 (trafficking), not c2 (drugs) nor p2 (firearms).
            var shown = await page.Locator(Questions).EvaluateAllAsync<string[]>("fieldsets => fieldsets.map(f => f.id)");
            Assert.Equal(["c1", "p1", "p3"], shown);
            Assert.Equal((await World.TaskOfAsync(2)).QuestionIds.Order(), shown.Order());
            Assert.Equal(0, await page.Locator(Text("p2")).CountAsync());
            Assert.Equal(0, await page.Locator("input[name='c.c2']").CountAsync());
        });

    [Fact]
    public Task SaveDraft_KeepsTheAnswersAcrossAReload_WhenTheMemberComesBack() =>
        chromium.RunAsync(nameof(SaveDraft_KeepsTheAnswersAcrossAReload_WhenTheMemberComesBack), async page =>
        {
            await page.OpenAsync(World.InvitationOf(3));
            await page.FillAsync(Text("c1"), "Brouillon : participation à un groupe criminel organisé.");
            await page.CheckAsync(Choice("c2", "partially"));

            Assert.Equal(200, await page.ClickAndLandAsync(SaveDraft));
            await Assertions.Expect(page.Locator(Saved)).ToBeVisibleAsync();

            await page.ReloadAsync();
            await Assertions.Expect(page.Locator(Text("c1"))).ToHaveValueAsync("Brouillon : participation à un groupe criminel organisé.");
            await Assertions.Expect(page.Locator(Choice("c2", "partially"))).ToBeCheckedAsync();
            var task = await World.TaskOfAsync(3);
            Assert.Equal(TaskStatuses.Draft, task.Status);
            await using var db = World.OpenRounds();
            Assert.All(await db.Answers.Where(a => a.TaskId == task.Id).ToListAsync(), a => Assert.Equal(AnswerStatuses.Draft, a.Status));
        });

    [Fact]
    public Task Attach_StoresTheFileAndListsItUnderItsQuestion_WhenAMemberUploadsAFile() =>
        chromium.RunAsync(nameof(Attach_StoresTheFileAndListsItUnderItsQuestion_WhenAMemberUploadsAFile), async page =>
        {
            var content = "%PDF-1.4 study on drug trafficking routes\n"u8.ToArray();
            await page.OpenAsync(World.InvitationOf(5));
            await page.SelectOptionAsync(AttachQuestion, "p3");
            await page.SetInputFilesAsync(AttachFile, new FilePayload { Name = "estudio-rutas.pdf", MimeType = "application/pdf", Buffer = content });

            Assert.Equal(200, await page.ClickAndLandAsync(AttachButton));

            await Assertions.Expect(page.Locator(Files("p3"))).ToContainTextAsync("estudio-rutas.pdf");
            var task = await World.TaskOfAsync(5);
            await using var db = World.OpenRounds();
            var stored = await db.Attachments.SingleAsync(a => a.TaskId == task.Id);
            Assert.Equal(("p3", "estudio-rutas.pdf", "application/pdf"), (stored.QuestionId, stored.FileName, stored.ContentType));
            Assert.Equal(content, stored.Content);
            Assert.Equal(World.BodyId, stored.BodyId);
        });

    [Fact]
    public Task Submit_ThenEdit_KeepsBothVersions_WhenTheDeadlineHasNotPassed() =>
        chromium.RunAsync(nameof(Submit_ThenEdit_KeepsBothVersions_WhenTheDeadlineHasNotPassed), async page =>
        {
            await page.OpenAsync(World.InvitationOf(6));
            await page.FillAsync(Text("c1"), "First submitted answer.");
            Assert.Equal(200, await page.ClickAndLandAsync(Submit));
            Assert.Equal(TaskStatuses.Submitted, (await World.TaskOfAsync(6)).Status);

            await page.OpenAsync(World.InvitationOf(6));
            await Assertions.Expect(page.Locator(Text("c1"))).ToHaveValueAsync("First submitted answer.");
            await page.FillAsync(Text("c1"), "Corrected answer, submitted again before the deadline.");
            Assert.Equal(200, await page.ClickAndLandAsync(Submit));

            var task = await World.TaskOfAsync(6);
            Assert.Equal(TaskStatuses.Submitted, task.Status);
            await using var db = World.OpenRounds();
            var answer = await db.Answers.SingleAsync(a => a.TaskId == task.Id && a.QuestionId == "c1");
            Assert.Equal(("Corrected answer, submitted again before the deadline.", 2, AnswerStatuses.Submitted), (answer.Text, answer.Version, answer.Status));
            var versions = await db.AnswerVersions.Where(v => v.AnswerId == answer.Id).OrderBy(v => v.Version).Select(v => v.Text).ToListAsync();
            Assert.Equal(["First submitted answer.", "Corrected answer, submitted again before the deadline."], versions);
        });

    [Fact]
    public Task Decline_RecordsTheReason_WhenTheMemberDeclines() =>
        chromium.RunAsync(nameof(Decline_RecordsTheReason_WhenTheMemberDeclines), async page =>
        {
            await page.OpenAsync(World.InvitationOf(8));
            await page.FillAsync(DeclineReason, "No capacity this quarter.");

            Assert.Equal(200, await page.ClickAndLandAsync(DeclineButton));

            await Assertions.Expect(page.Locator(Saved)).ToBeVisibleAsync();
            var task = await World.TaskOfAsync(8);
            Assert.Equal((TaskStatuses.Declined, "No capacity this quarter."), (task.Status, task.DeclineReason));
        });

    [Fact]
    public Task Forward_EmailsTheColleagueTheirOwnLink_WhenTheColleagueIsAContactOfTheOrganisation() =>
        chromium.RunAsync(nameof(Forward_EmailsTheColleagueTheirOwnLink_WhenTheColleagueIsAContactOfTheOrganisation), async page =>
        {
            await page.OpenAsync(World.InvitationOf(7));
            await page.FillAsync(ForwardEmail, "colleague07@org07.example");

            Assert.Equal(200, await page.ClickAndLandAsync(ForwardButton));

            var forwarded = Assert.Single(await World.DeliverMailAsync());
            Assert.Equal(["colleague07@org07.example"], forwarded.EnvelopeTo);
            var colleagueLink = World.TaskLink(forwarded);
            Assert.NotEqual(World.InvitationOf(7), colleagueLink);

            // The colleague opens their own link and answers for the organisation.
            Assert.Equal(200, await page.OpenAsync(colleagueLink));
            await page.FillAsync(Text("c1"), "Answered by the colleague.");
            Assert.Equal(200, await page.ClickAndLandAsync(SaveDraft));
            var colleague = World.Organisations[6].Contacts.Single(c => c.Email == "colleague07@org07.example");
            var task = await World.TaskOfAsync(7);
            Assert.Equal(colleague.Id, task.ForwardedToContactId);
            await using var db = World.OpenRounds();
            Assert.Equal(colleague.Id, (await db.Answers.SingleAsync(a => a.TaskId == task.Id && a.QuestionId == "c1")).ContactId);
        });

    [Fact]
    public Task TaskPage_IsRightToLeftInArabic_WhenTheContactReadsArabic() =>
        chromium.RunAsync(nameof(TaskPage_IsRightToLeftInArabic_WhenTheContactReadsArabic), async page =>
        {
            Assert.Equal(200, await page.OpenAsync(World.InvitationOf(4)));

            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
            await Assertions.Expect(page.Locator("fieldset#c1 legend")).ToContainTextAsync("كيف يجرّم القانون الوطني المشاركة في جماعة إجرامية منظمة؟");
            Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("main", "m => getComputedStyle(m).direction"));
        });
}
