using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Review4U.Meetings.Agenda;
using Review4U.Meetings.Feed;
using Review4U.Web.Features.Answers.Text;
using Review4U.Web.Features.Meetings.Text;

namespace Review4U.Web.Features.Meetings;

/// <summary>
/// A participant's agenda page (propose items) and a Steering Committee member's review page (approve or reject them),
/// both behind the personal link of the agenda call / review email, and each body's public ICS feed. Pages speak the
/// participant's language (else the body's default); a link that opens nothing answers in the browser's language.
/// </summary>
internal static class MeetingEndpoints
{
    public static async Task<ContentHttpResult> ShowAgendaAsync(Guid meetingId, string token, AgendaPages pages, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var page = await pages.OpenAsync(meetingId, token, ct);
        return page.Refusal is not null
            ? Page(404, MeetingHtml.Message(MeetingTexts.Table.FromRequest(http.Request), "error.link.title", "error.link.text", page.Refusal))
            : Page(200, MeetingHtml.Propose(page, $"/meetings/{meetingId:N}/agenda/{token}", $"/meetings/{meetingId:N}/review/{token}", Form(antiforgery, http), Saved(http)));
    }

    public static async Task<IResult> ProposeAsync(Guid meetingId, string token, AgendaProposals proposals, AgendaPages pages, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var text = await TextForAsync(pages, meetingId, token, http, ct);
        if (await InvalidFormAsync(antiforgery, http, text) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var result = await proposals.ProposeByLinkAsync(meetingId, token, form["title"].ToString(), form["details"].ToString(), ct);
        return result.Succeeded
            ? TypedResults.Redirect($"/meetings/{meetingId:N}/agenda/{token}?saved=1")
            : Page(400, MeetingHtml.Message(text, "error.notSaved.title", "error.notSaved.text", result.Message));
    }

    public static async Task<ContentHttpResult> ShowReviewAsync(Guid meetingId, string token, AgendaPages pages, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var page = await pages.OpenAsync(meetingId, token, ct);
        return page.Refusal is not null
            ? Page(404, MeetingHtml.Message(MeetingTexts.Table.FromRequest(http.Request), "error.link.title", "error.link.text", page.Refusal))
            : Page(200, MeetingHtml.Review(page, $"/meetings/{meetingId:N}/review/{token}", Form(antiforgery, http), Saved(http)));
    }

    public static async Task<IResult> VoteAsync(Guid meetingId, string token, AgendaBoard board, AgendaPages pages, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        var text = await TextForAsync(pages, meetingId, token, http, ct);
        if (await InvalidFormAsync(antiforgery, http, text) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var votes = new Dictionary<Guid, bool>();
        foreach (var key in form.Keys.Where(k => k.StartsWith("vote.", StringComparison.Ordinal)))
        {
            if (!Guid.TryParse(key["vote.".Length..], out var itemId) || form[key].ToString() is not ("approve" or "reject"))
            {
                return Page(400, MeetingHtml.Message(text, "error.notSaved.title", "error.vote.text"));
            }

            votes[itemId] = form[key] == "approve";
        }

        var result = await board.VoteAsync(meetingId, token, votes, ct);
        return result.Succeeded
            ? TypedResults.Redirect($"/meetings/{meetingId:N}/review/{token}?saved=1")
            : Page(400, MeetingHtml.Message(text, "error.notSaved.title", "error.notSaved.text", result.Message));
    }

    public static async Task<IResult> FeedAsync(string code, MeetingFeed feed, CancellationToken ct)
    {
        var text = await feed.RenderAsync(code, ct);
        return text is null
            ? TypedResults.NotFound()
            : TypedResults.Text(text, "text/calendar; charset=utf-8");
    }

    private static bool Saved(HttpContext http) => http.Request.Query.ContainsKey("saved");

    /// <summary>The words of a refusal after a post: the participant's language when the link opens a page, else the browser's.</summary>
    private static async Task<PageText> TextForAsync(AgendaPages pages, Guid meetingId, string token, HttpContext http, CancellationToken ct)
    {
        var page = await pages.OpenAsync(meetingId, token, ct);
        return page.Refusal is null ? MeetingTexts.Table.For(page.Language) : MeetingTexts.Table.FromRequest(http.Request);
    }

    private static async Task<IResult?> InvalidFormAsync(IAntiforgery antiforgery, HttpContext http, PageText text)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(400, MeetingHtml.Message(text, "error.formExpected.title", "error.formExpected.text"));
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Page(400, MeetingHtml.Message(text, "error.reload.title", "error.reload.text"));
        }
    }

    private static string Form(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{System.Net.WebUtility.HtmlEncode(tokens.FormFieldName)}\" value=\"{System.Net.WebUtility.HtmlEncode(tokens.RequestToken ?? "")}\">";
    }

    private static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
