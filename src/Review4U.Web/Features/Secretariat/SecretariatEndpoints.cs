using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Review4U.Secretariat;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Interests;

namespace Review4U.Web.Features.Secretariat;

/// <summary>
/// A member's expression of interest and a Steering Committee member's vote, behind their magic links. Server-rendered,
/// every value encoded, every form with an antiforgery token; a refusal shows what was wrong and writes nothing.
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
            return Page(404, SecretariatHtml.Message("This link cannot be used", e.Message));
        }
    }

    public static async Task<IResult> SaveInterestAsync(string token, InterestDesk desk, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
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
                return Page(404, SecretariatHtml.Message("This link cannot be used", e.Message));
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
            return Page(404, SecretariatHtml.Message("This link cannot be used", e.Message));
        }
    }

    public static async Task<IResult> VoteAsync(string token, Ballot ballot, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        if (await InvalidFormAsync(antiforgery, http) is { } refused)
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
                return Page(404, SecretariatHtml.Message("This link cannot be used", e.Message));
            }
        }
    }

    private static async Task<IResult?> InvalidFormAsync(IAntiforgery antiforgery, HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(400, SecretariatHtml.Message("Form expected", "Please use the form on the page."));
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Page(400, SecretariatHtml.Message("Please reload the page", "The form had expired or did not come from this site; nothing was saved."));
        }
    }

    private static string Form(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return SecretariatHtml.Hidden(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}
