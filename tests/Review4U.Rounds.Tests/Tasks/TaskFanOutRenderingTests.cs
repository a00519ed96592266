using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Data.Modules;
using Review4U.Domain.Members;
using Review4U.Email.Data;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Data;
using Review4U.Rounds.Emails;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Tasks;

/// <summary>
/// The invitations rendered on every core, most of them by substituting a contact's values into a shape rendered once per
/// language and question count, must be exactly the emails one sequential full render per contact gives.
/// </summary>
public sealed partial class TaskFanOutRenderingTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] Languages = ["en", "fr", "es", "ar"];
    private RoundsWorld world = null!;

    public async Task InitializeAsync() => world = await RoundsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task FanOutAsync_WritesTheSameInvitationsByteForByteAsASequentialRender_WhenContactsSpeakFourLanguages()
    {
        await AddMembersAsync(240, plainNames: false);
        await AssertSameAsSequentialRenderAsync();
    }

    [Fact]
    public async Task FanOutAsync_WritesTheSameInvitationsByteForByteAsASequentialRender_WhenNamesAreSubstitutedIntoOneShape()
    {
        await AddMembersAsync(240, plainNames: true);
        await AssertSameAsSequentialRenderAsync();
    }

    private async Task AssertSameAsSequentialRenderAsync()
    {
        var roundId = (await world.Get<RoundLauncher>().LaunchAsync(
            new RoundLaunchRequest { BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(10), StartWorkflow = false }, None)).RoundId;

        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, null, world.Clock.GetUtcNow(), None);
            await tx.CommitAsync(None);
        }

        await using var email = new EmailDbContext(EmailDatabase.Options(world.Database.ConnectionString));
        var invitations = await email.Outbox.AsNoTracking().Where(o => o.ScopeId == roundId).ToListAsync();
        await using var rounds = world.OpenRounds();
        var round = await rounds.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId);
        var tasks = await rounds.Tasks.AsNoTracking().Where(t => t.RoundId == roundId).ToDictionaryAsync(t => t.Id);
        var contacts = await rounds.TaskContacts.AsNoTracking().Where(c => tasks.Keys.Contains(c.TaskId)).ToDictionaryAsync(c => (c.TaskId, c.ContactId));
        await using var domain = new Review4UDbContext(Review4UDbContextOptions.For(world.Database.ConnectionString));
        var body = await domain.Bodies.AsNoTracking().SingleAsync(b => b.Id == world.BodyId);
        var templates = world.Get<EmailTemplates>();
        var urls = world.Get<RoundLinks>();

        Assert.Equal(tasks.Count, invitations.Count);
        Assert.True(tasks.Count >= 240, $"only {tasks.Count} tasks");
        Assert.Equal(Languages.Order(), invitations.Select(i => i.Language).Distinct().Order());
        foreach (var invitation in invitations)
        {
            var task = tasks[invitation.TaskId!.Value];
            var contact = contacts[(task.Id, invitation.ContactId!.Value)];
            var token = TaskToken().Match(invitation.TextBody) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no task link");
            var expected = templates.Render(new TaskInvitationModel
            {
                Body = RoundMail.IdentityOf(body),
                RecipientName = contact.Name,
                OrganisationName = task.OrganisationName,
                RoundTitle = round.Title,
                QuestionCount = task.QuestionIds.Count,
                Deadline = round.Deadline,
                TaskUrl = urls.Task(roundId, token),
            }, contact.Language, body.DefaultLanguage);
            Assert.Equal(expected.Language, invitation.Language);
            Assert.Equal(expected.Subject, invitation.Subject);
            Assert.Equal(expected.Text, invitation.TextBody);
            Assert.Equal(expected.Html, invitation.HtmlBody);
            Assert.Equal((contact.Email, contact.Name), (invitation.ToAddress, invitation.ToName));
        }
    }

    /// <summary>
    /// Members whose contacts prefer each language in turn, with names that need HTML encoding, or plain names (the
    /// substituted path) with thematic areas that vary the number of routed questions.
    /// </summary>
    private async Task AddMembersAsync(int count, bool plainNames)
    {
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(world.Database.ConnectionString));
        var body = await db.Bodies.Include(b => b.Memberships).SingleAsync(b => b.Id == world.BodyId);
        for (var i = 0; i < count; i++)
        {
            var name = plainNames ? $"Organisation {i:0000} Partners-KE" : $"Organisation <{i:0000}> & \"Partners\" – جمعية";
            string[] areas = plainNames && i % 3 == 0 ? ["firearms"] : ["firearms", "trafficking-in-persons"];
            var organisation = MemberOrganisation.Create($"lang-{i:0000}", new OrganisationProfile(name, OrganisationType.Ngo, "KE", areas, ["advocacy"]));
            var contactName = plainNames ? $"Contact {i:0000} Wanjiru_Otieno" : $"Contact {i:0000} O'Brien & Fils";
            organisation.UpsertContact(new ContactDetails(contactName, $"contact{i:0000}@lang.example", Languages[i % Languages.Length], null), 1);
            db.Organisations.Add(organisation);
            body.Admit(organisation, new DateOnly(2025, 6, 1));
        }

        await db.SaveChangesAsync();
    }

    [GeneratedRegex(@"answers/[0-9a-f]{32}/([A-Za-z0-9_-]{43})")]
    private static partial Regex TaskToken();
}
