using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Review4U.Email.MagicLinks;
using Review4U.FollowUp;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Status;
using Review4U.Web.Features.Answers.Text;
using Review4U.Web.Features.FollowUp.Text;

namespace Review4U.Web.Features.FollowUp;

/// <summary>
/// A commitment owner's status page and a reviewer's plan page, behind magic links. Server-rendered HTML, every value
/// encoded, every form with an antiforgery token; a refused action shows why and writes nothing. Pages speak the reader's
/// language (else the body's default); a link that opens nothing answers in the browser's language.
/// </summary>
internal static class FollowUpEndpoints
{
    public static async Task<ContentHttpResult> ShowStatusAsync(string token, StatusAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var (status, view) = await answers.ViewAsync(token, ct);
        return view is null
            ? Page(status == MagicLinkStatus.Expired ? 410 : 404, FollowUpHtml.Message(FollowUpTexts.Table.FromRequest(http.Request),
                status == MagicLinkStatus.Expired ? "error.expired.title" : "error.unknown.title", "error.statusLink.text"))
            : Page(200, FollowUpHtml.Status(view, Form(antiforgery, http), http.Request.Query["saved"] == "1", null));
    }

    public static async Task<IResult> SaveStatusAsync(string token, StatusAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var (_, before) = await answers.ViewAsync(token, ct);
        var text = before is null ? FollowUpTexts.Table.FromRequest(http.Request) : FollowUpTexts.Table.For(before.Language);
        if (await InvalidFormAsync(antiforgery, http, text) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        int? progress = int.TryParse(form["progress"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        var result = await answers.SubmitAsync(token, new StatusUpdate(form["status"].ToString(), progress, form["note"].ToString()), ct);
        if (result.Succeeded)
        {
            return TypedResults.Redirect($"/vpi/status/{token}?saved=1");
        }

        var (_, view) = await answers.ViewAsync(token, ct);
        return view is null ? Page(404, FollowUpHtml.Message(text, "error.notSaved.title", "error.notSaved.text", result.Message)) : Page(422, FollowUpHtml.Status(view, Form(antiforgery, http), false, result.Message));
    }

    public static async Task<ContentHttpResult> ShowPlanAsync(string token, FollowUpQueries queries, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var found = await queries.PlanForReviewerAsync(token, ct);
        return found is null
            ? Page(404, FollowUpHtml.Message(FollowUpTexts.Table.FromRequest(http.Request), "error.unknown.title", "error.planLink.text"))
            : Page(200, FollowUpHtml.Plan(found.Value.Reviewer, found.Value.Language, found.Value.Plan, Form(antiforgery, http), http.Request.Query["saved"].ToString(), null));
    }

    public static async Task<IResult> DecidePlanAsync(string token, PlanReviews reviews, FollowUpQueries queries, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var before = await queries.PlanForReviewerAsync(token, ct);
        var text = before is null ? FollowUpTexts.Table.FromRequest(http.Request) : FollowUpTexts.Table.For(before.Value.Language);
        if (await InvalidFormAsync(antiforgery, http, text) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var activity = form["activity"].ToString();
        var result = await reviews.DecideAsync(token, form["decision"].ToString(), form["text"].ToString(), activity.Length == 0 ? null : activity, ct);
        if (result.Succeeded)
        {
            return TypedResults.Redirect($"/plan/review/{token}?saved={Uri.EscapeDataString(form["decision"].ToString())}");
        }

        var found = await queries.PlanForReviewerAsync(token, ct);
        return found is null
            ? Page(404, FollowUpHtml.Message(text, "error.notSaved.title", "error.notSaved.text", result.Message))
            : Page(422, FollowUpHtml.Plan(found.Value.Reviewer, found.Value.Language, found.Value.Plan, Form(antiforgery, http), "", result.Message));
    }

    private static async Task<IResult?> InvalidFormAsync(IAntiforgery antiforgery, HttpContext http, PageText text)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(400, FollowUpHtml.Message(text, "error.formExpected.title", "error.formExpected.text"));
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Page(400, FollowUpHtml.Message(text, "error.reload.title", "error.reload.text"));
        }
    }

    private static string Form(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return FollowUpHtml.Hidden(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
