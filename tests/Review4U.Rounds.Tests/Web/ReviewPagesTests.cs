using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Data.Modules;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Compilation;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Model;
using Review4U.Rounds.Review;
using Review4U.Rounds.Tasks;
using Review4U.Rounds.Tests.Support;
using Review4U.TestKit.Smtp;
using Review4U.TestKit.Web;

namespace Review4U.Rounds.Tests.Web;

/// <summary>
/// The review request email and the reviewer's page over HTTP (WebApplicationFactory&lt;Program&gt;), on the round
/// world's database and clock. The review is opened by the same calls the workflow's step makes.
/// </summary>
public sealed partial class ReviewPagesTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private RoundsWorld world = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;
    private Guid roundId;
    private Dictionary<string, string> taskLinks = [];
    private Dictionary<string, ReceivedEmail> requests = [];

    public async Task InitializeAsync()
    {
        world = await RoundsWorld.CreateAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in WebHostTestSettings.For(world.Database.ConnectionString, world.Smtp.Port, RepositoryPaths.Of("workflows"), "rounds-tests-unsubscribe-secret-0123456789", Path.Combine(AppContext.BaseDirectory, "Support", "questionnaires")))
            {
                web.UseSetting(key, value);
            }
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(world.Clock));
        });
        client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        roundId = (await world.Get<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
        {
            BodyCode = "NACSA-KE", QuestionnaireId = "untoc-sample", Deadline = RoundsWorld.Start.AddDays(10), Quorum = 2, ReviewDays = 7, StartWorkflow = false,
        }, None)).RoundId;
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            await world.Get<TaskFanOut>().FanOutAsync(tx, roundId, null, world.Clock.GetUtcNow(), None);
            await tx.CommitAsync(None);
        }

        taskLinks = (await world.DeliverMailAsync()).ToDictionary(e => e.EnvelopeTo[0], e => RoundsWorld.TaskLink(e).Token);
        var answer = await world.Get<TaskAnswers>().SaveAsync(roundId, taskLinks["contact02@org02.example"], [new AnswerInput("c1", "Organisation 02 on participation offences.", [])], true, None);
        Assert.True(answer.Succeeded, answer.Message);

        // What roundOpenReview does, on the same transaction: compile, open the review, email the reviewers.
        await using (var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None))
        {
            var now = world.Clock.GetUtcNow();
            await world.Get<SubmissionCompiler>().CompileAsync(tx, roundId, now, None);
            await ReviewBoard.OpenAsync(tx, roundId, now, None);
            Assert.Equal(4, await world.Get<ReviewRequests>().SendRequestsAsync(tx, roundId, now, None));
            await tx.CommitAsync(None);
        }

        requests = (await world.DeliverMailAsync()).ToDictionary(e => e.EnvelopeTo[0]);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await world.DisposeAsync();
    }

    [Fact]
    public async Task ReviewRequest_ReachesEachReviewerOnceWithTheDraftAttachedAndLinked_WhenTheReviewOpens()
    {
        Assert.Equal(["contact01@org01.example", "contact02@org02.example", "contact03@org03.example", "contact04@org04.example"], requests.Keys.Order().ToArray());
        foreach (var email in requests.Values)
        {
            var attachment = Assert.Single(email.Message.Attachments.OfType<MimeKit.MimePart>());
            Assert.EndsWith(".docx", attachment.FileName, StringComparison.Ordinal);
            var (linkRound, token) = RoundsWorld.ReviewLink(email);
            Assert.Equal(roundId, linkRound);
            Assert.Contains($"review/{roundId:N}/{token}/draft", email.Message.TextBody, StringComparison.Ordinal);
            Assert.StartsWith("reply+", email.Message.ReplyTo.Mailboxes.Single().Address, StringComparison.Ordinal);
        }

        Assert.StartsWith("À relire", requests["contact03@org03.example"].Message.Subject, StringComparison.Ordinal);
        Assert.StartsWith("للمراجعة", requests["contact04@org04.example"].Message.Subject, StringComparison.Ordinal);

        await using var tx = await ModuleUnitOfWork.BeginAsync<RoundsDbContext>(world.Database.ConnectionString, None);
        Assert.Equal(0, await world.Get<ReviewRequests>().SendRequestsAsync(tx, roundId, world.Clock.GetUtcNow(), None));
    }

    [Fact]
    public async Task ReviewPage_ShowsTheDraftAndTheTallyRightToLeft_WhenTheReviewerReadsArabic()
    {
        var response = await client.GetAsync(ReviewUrl(4));
        var html = await response.Content.ReadAsStringAsync();
        var draft = await client.GetAsync(ReviewUrl(4) + "/draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains(">موافقة</button>", html, StringComparison.Ordinal);
        Assert.Contains("data-quorum=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains($"<iframe id=\"draft\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains("Organisation 02 on participation offences.", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("sandbox", draft.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_RecordACommentAnEditAndADecision_WhenPostedFromThePage()
    {
        var comment = await PostAsync(ReviewUrl(3), "/comment", ("question", "c1"), ("text", "Merci de citer la loi de 2010."));
        var edit = await PostAsync(ReviewUrl(3), "/edit", ("question", "c1"), ("text", "Formulation révisée de la réponse."));
        var approve = await PostAsync(ReviewUrl(3), "/decide", ("decision", "approve"), ("reason", ""));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], new[] { comment.StatusCode, edit.StatusCode, approve.StatusCode });
        Assert.EndsWith("?saved=approve", approve.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = world.OpenRounds();
        var decisions = await db.ReviewDecisions.Where(d => d.RoundId == roundId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync();
        Assert.Equal([ReviewDecisionKinds.Comment, ReviewDecisionKinds.ProposedEdit, ReviewDecisionKinds.Approve], decisions.Select(d => d.Kind).ToArray());
        Assert.All(decisions, d => Assert.Equal(world.BodyId, d.BodyId));
        Assert.Equal(("c1", "Formulation révisée de la réponse."), (decisions[1].QuestionId, decisions[1].Text));
        Assert.Equal(1, (await ReviewBoard.OutcomeAsync(db, roundId, None)).Approvals);
        var progress = (await world.Get<Review4U.Rounds.Progress.RoundProgressQuery>().GetAsync(roundId, None))!.Review!;
        Assert.Equal((4, 1, 0, 2, (string?)null), (progress.Reviewers, progress.Approvals, progress.Rejections, progress.Quorum, progress.Decision));
        Assert.Equal(RoundsWorld.Start.AddDays(7), progress.Deadline);
        var page = await (await client.GetAsync(ReviewUrl(3) + "?saved=approve")).Content.ReadAsStringAsync();
        Assert.Contains("Votre approbation est enregistrée.", page, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"proposed-edit\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/edit", "question", "zz")]
    [InlineData("/edit", "question", "")]
    [InlineData("/comment", "question", "c1")]
    [InlineData("/decide", "decision", "maybe")]
    public async Task Forms_ShowAClearPageWithNothingWritten_WhenTheValueIsBad(string form, string field, string value)
    {
        var response = await PostAsync(ReviewUrl(1), form, (field, value), ("text", form == "/comment" ? " " : "Some text"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("data-testid=\"invalid\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = world.OpenRounds();
        Assert.False(await db.ReviewDecisions.AnyAsync());
    }

    [Fact]
    public async Task ReviewPage_SaysItIsNotAReviewLink_WhenOpenedWithAMembersLinkOrUnderAnotherRound()
    {
        var memberLink = await client.GetAsync($"/review/{roundId}/{taskLinks["contact05@org05.example"]}");
        var otherRound = await client.GetAsync($"/review/{Guid.CreateVersion7()}/{RoundsWorld.ReviewLink(requests["contact01@org01.example"]).Token}");
        var unknown = await client.GetAsync($"/review/{roundId}/{new string('x', 43)}");

        Assert.Equal(HttpStatusCode.Conflict, memberLink.StatusCode);
        Assert.Contains("data-testid=\"wrong-link\"", await memberLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, otherRound.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Unknown link", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPage_OffersAFreshLinkByEmail_WhenTheLinkHasExpired()
    {
        // Review deadline 7 days after opening, plus the links' 10-day grace.
        world.Clock.SetUtcNow(world.Clock.GetUtcNow().AddDays(18));

        var expired = await client.GetAsync(ReviewUrl(2));
        var html = await expired.Content.ReadAsStringAsync();
        var fresh = await client.PostAsync(ReviewUrl(2) + "/fresh-link", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", AntiforgeryField().Match(html).Groups[1].Value)]));

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains($"action=\"/review/{roundId}/", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        var renewal = Assert.Single(await world.DeliverMailAsync());
        Assert.Equal("contact02@org02.example", renewal.EnvelopeTo[0]);
        var (_, token) = RoundsWorld.ReviewLink(renewal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/review/{roundId}/{token}")).StatusCode);
    }

    [Fact]
    public async Task ReviewPage_SaysTheReviewIsOverAndWritesNothing_WhenTheRoundHasMovedOn()
    {
        var page = await client.GetAsync(ReviewUrl(1));
        var antiforgery = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        await using (var db = world.OpenRounds())
        {
            await db.Rounds.Where(r => r.Id == roundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RoundStatuses.Delivered));
        }

        var used = await client.GetAsync(ReviewUrl(1));
        var vote = await client.PostAsync(ReviewUrl(1) + "/decide", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", antiforgery), new("decision", "reject")]));

        Assert.Equal(HttpStatusCode.Gone, used.StatusCode);
        Assert.Contains("This review is over", await used.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, vote.StatusCode);
        await using var check = world.OpenRounds();
        Assert.False(await check.ReviewDecisions.AnyAsync());
    }

    private string ReviewUrl(int organisation)
    {
        var (_, token) = RoundsWorld.ReviewLink(requests[$"contact{organisation:00}@org{organisation:00}.example"]);
        return $"/review/{roundId}/{token}";
    }

    private async Task<HttpResponseMessage> PostAsync(string pageUrl, string form, params (string Name, string Value)[] fields)
    {
        var page = await client.GetAsync(pageUrl);
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync(pageUrl + form, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
