using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Delivery;
using Review4U.Web.Features.Answers.Text;

namespace Review4U.Web.Features.Answers;

/// <summary>
/// The member's task page behind a magic link, and the government's acknowledgement page. Server-rendered HTML,
/// every value encoded; every form carries an antiforgery token; a refused action shows a clear page and writes nothing.
/// </summary>
internal static class AnswerEndpoints
{
    public static async Task<ContentHttpResult> ShowAsync(Guid roundId, string token, TaskAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var (result, view) = await answers.OpenAsync(roundId, token, ct);
        return view is null
            ? ErrorPage(result, roundId, token, antiforgery, http)
            : Page(200, AnswerHtml.Task(view, token, Form(antiforgery, http), http.Request.Query["saved"].ToString()));
    }

    public static async Task<IResult> SaveAsync(Guid roundId, string token, TaskAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var inputs = form.Keys
            .Where(k => k.StartsWith("q.", StringComparison.Ordinal) || k.StartsWith("c.", StringComparison.Ordinal))
            .Select(k => k[2..]).Distinct(StringComparer.Ordinal)
            .Select(id => new AnswerInput(id, form["q." + id].ToString(), [.. form["c." + id].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)]))
            .ToList();
        var submit = form["action"] == "submit";
        var result = await answers.SaveAsync(roundId, token, inputs, submit, ct);
        return result.Succeeded
            ? TypedResults.Redirect($"/answers/{roundId}/{token}?saved={(submit ? "submitted" : "draft")}")
            : ErrorPage(result, roundId, token, antiforgery, http);
    }

    public static async Task<IResult> AttachAsync(Guid roundId, string token, TaskAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        using var buffer = new MemoryStream();
        if (file is not null && file.Length <= TaskAnswers.MaxAttachmentBytes)
        {
            await file.CopyToAsync(buffer, ct);
        }

        var result = await answers.AttachAsync(roundId, token, form["question"].ToString(), file?.FileName ?? "", file?.ContentType ?? "", buffer.ToArray(), ct);
        return result.Succeeded ? TypedResults.Redirect($"/answers/{roundId}/{token}?saved=file") : ErrorPage(result, roundId, token, antiforgery, http);
    }

    public static async Task<IResult> DeclineAsync(Guid roundId, string token, TaskAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var result = await answers.DeclineAsync(roundId, token, form["reason"].ToString(), ct);
        return result.Succeeded ? TypedResults.Redirect($"/answers/{roundId}/{token}?saved=declined") : ErrorPage(result, roundId, token, antiforgery, http);
    }

    public static async Task<IResult> ForwardAsync(Guid roundId, string token, TaskAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var result = await answers.ForwardAsync(roundId, token, form["email"].ToString(), ct);
        return result.Succeeded ? TypedResults.Redirect($"/answers/{roundId}/{token}?saved=forwarded") : ErrorPage(result, roundId, token, antiforgery, http);
    }

    public static async Task<IResult> FreshLinkAsync(Guid roundId, string token, TaskAnswers answers, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var result = await answers.RequestFreshLinkAsync(roundId, token, ct);
        return result.Succeeded
            ? Page(200, AnswerHtml.Message(TextFor(result.Language, http), "fresh.title", "fresh.text", testId: "fresh-link-sent"))
            : ErrorPage(result, roundId, token, antiforgery, http);
    }

    public static ContentHttpResult ShowAcknowledge(string token, IAntiforgery antiforgery, HttpContext http) =>
        Page(200, AnswerHtml.Acknowledge(PageText.FromRequest(http.Request), token, Form(antiforgery, http)));

    public static async Task<IResult> AcknowledgeAsync(string token, SubmissionDelivery delivery, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        var text = PageText.FromRequest(http.Request);
        return await delivery.AcknowledgeAsync(token, ct)
            ? Page(200, AnswerHtml.Message(text, "ack.done.title", "ack.done.text", testId: "acknowledged"))
            : Page(404, AnswerHtml.Message(text, "ack.unknown.title", "ack.unknown.text", testId: "unknown-link"));
    }

    /// <summary>Shared with the review pages: a form without its antiforgery token is refused before anything is read.</summary>
    internal static async Task<IResult?> InvalidFormAsync(IAntiforgery antiforgery, HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(400, AnswerHtml.Message(PageText.FromRequest(http.Request), "error.formExpected.title", "error.formExpected.text", testId: "form-expected"));
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Page(400, AnswerHtml.Message(PageText.FromRequest(http.Request), "error.reload.title", "error.reload.text", testId: "reload"));
        }
    }

    /// <summary>The reader's language when the action told who they are, else the browser's.</summary>
    internal static PageText TextFor(string? language, HttpContext http) =>
        language is null ? PageText.FromRequest(http.Request) : PageText.For(language);

    internal static string Form(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return AnswerHtml.Hidden(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static ContentHttpResult ErrorPage(AnswerResult result, Guid roundId, string token, IAntiforgery antiforgery, HttpContext http)
    {
        var text = TextFor(result.Language, http);
        return result.Error switch
        {
            AnswerError.UnknownToken => Page(404, AnswerHtml.Message(text, "error.unknown.title", "error.unknown.text", testId: "unknown-link")),
            AnswerError.ExpiredToken => Page(410, AnswerHtml.FreshLink(text, $"/answers/{roundId}/{Uri.EscapeDataString(token)}/fresh-link", Form(antiforgery, http))),
            AnswerError.AnotherRound => Page(409, AnswerHtml.Message(text, "error.anotherRound.title", "error.anotherRound.text", result.Message, "another-round")),
            AnswerError.AfterDeadline => Page(403, AnswerHtml.Message(text, "error.deadline.title", "error.deadline.text", result.Message, "after-deadline")),
            AnswerError.QuestionNotRouted => Page(422, AnswerHtml.Message(text, "error.notRouted.title", "error.notRouted.text", result.Message, "question-not-routed")),
            _ => Page(422, AnswerHtml.Message(text, "error.invalid.title", "error.invalid.text", result.Message, "invalid")),
        };
    }

    internal static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
