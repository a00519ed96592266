using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Review4U.Rounds.Answers;
using Review4U.Rounds.Delivery;

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
            ? Page(200, AnswerHtml.Message("A fresh link is on its way", "Check your inbox: we sent you a new link to your task."))
            : ErrorPage(result, roundId, token, antiforgery, http);
    }

    public static ContentHttpResult ShowAcknowledge(string token, IAntiforgery antiforgery, HttpContext http) =>
        Page(200, AnswerHtml.Acknowledge(token, Form(antiforgery, http)));

    public static async Task<IResult> AcknowledgeAsync(string token, SubmissionDelivery delivery, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
        {
            return refused;
        }

        return await delivery.AcknowledgeAsync(token, ct)
            ? Page(200, AnswerHtml.Message("Receipt acknowledged", "Thank you: the alliance has been told that you received its contribution."))
            : Page(404, AnswerHtml.Message("Unknown link", "This acknowledgement link is not known. Please use the link from the delivery email."));
    }

    private static async Task<IResult?> InvalidFormAsync(IAntiforgery antiforgery, HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(400, AnswerHtml.Message("Form expected", "Please use the form on the page."));
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Page(400, AnswerHtml.Message("Please reload the page", "The form had expired or did not come from this site; nothing was saved."));
        }
    }

    private static string Form(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return AnswerHtml.Hidden(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static ContentHttpResult ErrorPage(AnswerResult result, Guid roundId, string token, IAntiforgery antiforgery, HttpContext http) => result.Error switch
    {
        AnswerError.UnknownToken => Page(404, AnswerHtml.Message("Unknown link", result.Message + " Ask your coordinator, or use the most recent email about this round.")),
        AnswerError.ExpiredToken => Page(410, AnswerHtml.FreshLink(roundId, token, result.Message, Form(antiforgery, http))),
        AnswerError.AnotherRound => Page(409, AnswerHtml.Message("Link of another round", result.Message)),
        AnswerError.AfterDeadline => Page(403, AnswerHtml.Message("The deadline has passed", result.Message)),
        AnswerError.QuestionNotRouted => Page(422, AnswerHtml.Message("Question not asked of you", result.Message)),
        _ => Page(422, AnswerHtml.Message("Please check your answer", result.Message)),
    };

    private static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
