using System.Net;
using Microsoft.EntityFrameworkCore;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Tests.Support;
using Review4U.FollowUp.Tests.Workflows;

namespace Review4U.FollowUp.Tests.Web;

// The plan review page behind a review request's link: each Steering Committee member reads the plan in their own
// language (French, Arabic right-to-left) and records a decision with the page's form. Host and world: the other part.
public sealed partial class FollowUpPagesTests
{
    [Fact]
    public async Task PlanReviewPage_RecordsEachReviewersDecisionInTheirLanguage_WhenSubmittedWithTheForm()
    {
        var drafted = await world.Get<PlanDrafting>().DraftAsync("plan-2027.yaml", AnnualActivityPlanTests.PlanYaml("Policy brief on witness protection"), "NACSA-KE", None);
        Assert.True(drafted.Succeeded, string.Join("\n", drafted.Problems));
        await world.Get<PlanReviews>().SubmitAsync("NACSA-KE", 2027, None);
        await world.RunEngineAsync();
        var requests = await world.DeliverAsync();
        string PageOf(int contact) => "/plan/review/" + FollowUpWorld.ReviewToken(requests.Single(d => d.To == FollowUpWorld.Contact(contact)).Email);

        var french = await client.GetAsync(PageOf(3)); // contact 03 reads French
        var frenchHtml = await french.Content.ReadAsStringAsync();
        var arabicHtml = await (await client.GetAsync(PageOf(4))).Content.ReadAsStringAsync(); // contact 04 reads Arabic
        Assert.Equal(HttpStatusCode.OK, french.StatusCode);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", frenchHtml, StringComparison.Ordinal);
        Assert.Contains("Approuver", frenchHtml, StringComparison.Ordinal);
        Assert.Contains("Policy brief on witness protection", frenchHtml, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(">Approve<", arabicHtml, StringComparison.Ordinal);

        var approved = await client.PostAsync(PageOf(3), Form(frenchHtml, ("decision", "approve"), ("text", "Bon plan."), ("activity", "")));
        var commented = await client.PostAsync(PageOf(4), Form(arabicHtml, ("decision", "comment"), ("text", "Add a date for the brief."), ("activity", "brief")));
        var unknownActivity = await client.PostAsync(PageOf(4), Form(arabicHtml, ("decision", "comment"), ("text", "?"), ("activity", "nope")));
        var forged = await client.PostAsync(PageOf(4), new FormUrlEncodedContent([new("decision", "reject")]));

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        Assert.Equal((HttpStatusCode)422, unknownActivity.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Enregistré : approbation.", await (await client.GetAsync(approved.Headers.Location)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plan/review/" + new string('A', 43))).StatusCode);
        await using var db = world.OpenFollowUp();
        var decisions = await db.PlanDecisions.OrderBy(d => d.Kind).Select(d => new { d.Kind, d.ActivityKey }).ToListAsync();
        Assert.Equal([("approve", (string?)null), ("comment", "brief")], decisions.Select(d => (d.Kind, d.ActivityKey)));
    }
}
