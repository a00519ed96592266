using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Review4U.Rounds.Model;
using Review4U.Rounds.Review;
using Review4U.Web.Features.Answers;
using Review4U.Web.Features.Answers.Text;

namespace Review4U.Web.Features.Review;

/// <summary>
/// A Steering Committee member's review page behind the link of their review email. Every form carries an antiforgery
/// token; an unknown, expired, wrong or used link, or a bad value, shows a clear page in the reviewer's language and writes nothing.
/// </summary>
internal static class ReviewEndpoints
{
    public static async Task<ContentHttpResult> ShowAsync(Guid roundId, string token, ReviewerActions reviews, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var (result, view) = await reviews.OpenAsync(roundId, token, ct);
        return view is null
            ? ErrorPage(result, roundId, token, antiforgery, http)
            : AnswerEndpoints.Page(200, ReviewHtml.Page(view, token, AnswerEndpoints.Form(antiforgery, http), http.Request.Query["saved"].ToString()));
    }

    public static async Task<IResult> DraftAsync(Guid roundId, string token, ReviewerActions reviews, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var (result, html) = await reviews.DraftAsync(roundId, token, ct);
        if (html is null)
        {
            return ErrorPage(result, roundId, token, antiforgery, http);
        }

        // The draft is our own encoded HTML; the sandbox still keeps anything in it from running or navigating.
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Bytes(html, "text/html; charset=utf-8");
    }

    public static Task<IResult> CommentAsync(Guid roundId, string token, ReviewerActions reviews, IAntiforgery antiforgery, HttpContext http, CancellationToken ct) =>
        ActAsync(roundId, token, antiforgery, http, ReviewDecisionKinds.Comment,
            form => reviews.CommentAsync(roundId, token, form["text"].ToString(), form["question"].ToString(), ct), ct);

    public static Task<IResult> ProposeEditAsync(Guid roundId, string token, ReviewerActions reviews, IAntiforgery antiforgery, HttpContext http, CancellationToken ct) =>
        ActAsync(roundId, token, antiforgery, http, ReviewDecisionKinds.ProposedEdit,
            form => reviews.ProposeEditAsync(roundId, token, form["question"].ToString(), form["text"].ToString(), ct), ct);

    public static Task<IResult> DecideAsync(Guid roundId, string token, ReviewerActions reviews, IAntiforgery antiforgery, HttpContext http, CancellationToken ct) =>
        ActAsync(roundId, token, antiforgery, http, null,
            form => reviews.DecideAsync(roundId, token, form["decision"].ToString(), form["reason"].ToString(), ct), ct);

    public static async Task<IResult> FreshLinkAsync(Guid roundId, string token, ReviewerActions reviews, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await AnswerEndpoints.InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var result = await reviews.RequestFreshLinkAsync(roundId, token, ct);
        return result.Succeeded
            ? AnswerEndpoints.Page(200, AnswerHtml.Message(AnswerEndpoints.TextFor(result.Language, http), "fresh.title", "fresh.text", testId: "fresh-link-sent"))
            : ErrorPage(result, roundId, token, antiforgery, http);
    }

    private static async Task<IResult> ActAsync(
        Guid roundId, string token, IAntiforgery antiforgery, HttpContext http, string? kind, Func<IFormCollection, Task<ReviewResult>> act, CancellationToken ct)
    {
        if (await AnswerEndpoints.InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var result = await act(form);
        var saved = kind ?? form["decision"].ToString();
        return result.Succeeded
            ? TypedResults.Redirect($"/review/{roundId}/{Uri.EscapeDataString(token)}?saved={Uri.EscapeDataString(saved)}")
            : ErrorPage(result, roundId, token, antiforgery, http);
    }

    private static ContentHttpResult ErrorPage(ReviewResult result, Guid roundId, string token, IAntiforgery antiforgery, HttpContext http)
    {
        var text = AnswerEndpoints.TextFor(result.Language, http);
        return result.Error switch
        {
            ReviewError.UnknownToken => AnswerEndpoints.Page(404, AnswerHtml.Message(text, "error.unknown.title", "error.unknown.text", testId: "unknown-link")),
            ReviewError.ExpiredToken => AnswerEndpoints.Page(410,
                ReviewHtml.FreshLink(text, $"/review/{roundId}/{Uri.EscapeDataString(token)}/fresh-link", AnswerEndpoints.Form(antiforgery, http))),
            ReviewError.WrongLink => AnswerEndpoints.Page(409, AnswerHtml.Message(text, "error.wrongLink.title", "error.wrongLink.text", result.Message, "wrong-link")),
            ReviewError.ReviewClosed => AnswerEndpoints.Page(410, AnswerHtml.Message(text, "error.closed.title", "error.closed.text", result.Message, "review-closed")),
            _ => AnswerEndpoints.Page(422, AnswerHtml.Message(text, "error.reviewInvalid.title", "error.reviewInvalid.text", result.Message, "invalid")),
        };
    }
}
