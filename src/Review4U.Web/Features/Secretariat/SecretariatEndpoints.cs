using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Review4U.Secretariat;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Interests;
using Review4U.Web.Features.Answers.Text;
using Review4U.Web.Features.Secretariat.Text;

namespace Review4U.Web.Features.Secretariat;

/// <summary>
/// A member's expression of interest and a Steering Committee member's vote, behind their magic links. Server-rendered,
/// every value encoded, every form with an antiforgery token; a refusal shows what was wrong and writes nothing. Pages speak
/// the reader's language (else the body's default); a link that opens nothing answers in the browser's language.
/// </summary>
internal static class SecretariatEndpoints
{
    public static async Task<ContentHttpResult> ShowInterestAsync(string token, InterestDesk desk, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        try
        {
            var view = await desk.OpenAsync(token, ct);
            return Page(200, SecretariatHtml.Interest(view, token, Form(antiforgery, http), http.Request.Query["saved"].ToString(), null));
        }
        catch (SecretariatException e)
        {
            return Page(404, SecretariatHtml.Message(SecretariatTexts.Table.FromRequest(http.Request), "error.link.title", "error.link.text", e.Message));
        }
    }

    public static async Task<IResult> SaveInterestAsync(string token, InterestDesk desk, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http, async () => (await desk.OpenAsync(token, ct)).Language) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        try
        {
            await desk.SubmitByLinkAsync(token, form["motivation"].ToString(), form["contact"].ToString(), ct);
            return TypedResults.Redirect($"/secretariat/interest/{Uri.EscapeDataString(token)}?saved=1");
        }
        catch (SecretariatException e)
        {
            try
            {
                var view = await desk.OpenAsync(token, ct);
                return Page(422, SecretariatHtml.Interest(view, token, Form(antiforgery, http), "", e.Message));
            }
            catch (SecretariatException)
            {
                return Page(404, SecretariatHtml.Message(SecretariatTexts.Table.FromRequest(http.Request), "error.link.title", "error.link.text", e.Message));
            }
        }
    }

    public static async Task<ContentHttpResult> ShowBallotAsync(string token, Ballot ballot, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        try
        {
            var view = await ballot.OpenAsync(token, ct);
            return Page(200, SecretariatHtml.Ballot(view, token, Form(antiforgery, http), null));
        }
        catch (SecretariatException e)
        {
            return Page(404, SecretariatHtml.Message(SecretariatTexts.Table.FromRequest(http.Request), "error.link.title", "error.link.text", e.Message));
        }
    }

    public static async Task<IResult> VoteAsync(string token, Ballot ballot, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http, async () => (await ballot.OpenAsync(token, ct)).Language) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        try
        {
            var view = await ballot.VoteByLinkAsync(token, form["choice"].ToString(), ct);
            return Page(200, SecretariatHtml.Ballot(view, token, Form(antiforgery, http), null));
        }
        catch (SecretariatException e)
        {
            try
            {
                var view = await ballot.OpenAsync(token, ct);
                return Page(422, SecretariatHtml.Ballot(view, token, Form(antiforgery, http), e.Message));
            }
            catch (SecretariatException)
            {
                return Page(404, SecretariatHtml.Message(SecretariatTexts.Table.FromRequest(http.Request), "error.link.title", "error.link.text", e.Message));
            }
        }
    }

    /// <summary>A post without a valid form is refused in the reader's language (read only then), else the browser's.</summary>
    private static async Task<IResult?> InvalidFormAsync(IAntiforgery antiforgery, HttpContext http, Func<Task<string>> readerLanguage)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(400, SecretariatHtml.Message(await TextForAsync(readerLanguage, http.Request), "error.formExpected.title", "error.formExpected.text"));
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Page(400, SecretariatHtml.Message(await TextForAsync(readerLanguage, http.Request), "error.reload.title", "error.reload.text"));
        }
    }

    private static async Task<PageText> TextForAsync(Func<Task<string>> readerLanguage, HttpRequest request)
    {
        try
        {
            return SecretariatTexts.Table.For(await readerLanguage());
        }
        catch (SecretariatException)
        {
            return SecretariatTexts.Table.FromRequest(request);
        }
    }

    private static string Form(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return SecretariatHtml.Hidden(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
