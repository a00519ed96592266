using Review4U.Email.Unsubscribe;

namespace Review4U.Web.Features.Unsubscribe;

/// <summary>
/// One-click unsubscribe (RFC 8058): a mail client POSTs <c>List-Unsubscribe=One-Click</c> to the link in the
/// reminder's <c>List-Unsubscribe</c> header; a person who opens the link gets a page with the same button.
/// Either mutes that round's reminders for that contact only.
/// </summary>
public static class UnsubscribeEndpoints
{
    public static IEndpointRouteBuilder MapReview4UUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/email/unsubscribe").ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/", (string? token) => TypedResults.Content(ConfirmPage(token), "text/html; charset=utf-8"));
        group.MapPost("/", UnsubscribeAsync);
        return endpoints;
    }

    private static async Task<IResult> UnsubscribeAsync(string? token, UnsubscribeService service, CancellationToken ct)
    {
        var muted = await service.UnsubscribeAsync(token, ct);
        return muted
            ? TypedResults.Content(Page("Reminders muted", "You will receive no more reminders for this round. Your membership and other emails are unchanged."), "text/html; charset=utf-8")
            : TypedResults.Content(Page("Link not recognised", "This unsubscribe link is not valid. Reply to the reminder and the coordinator will help."), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    private static string ConfirmPage(string? token)
    {
        var encoded = System.Net.WebUtility.HtmlEncode(token ?? "");
        var form = $"<form method=\"post\" action=\"/email/unsubscribe?token={encoded}\"><button type=\"submit\">Mute this round's reminders</button></form>";
        return Page("Mute reminders", "Stop the reminders of this contribution round only. You stay a member and keep receiving other emails.", form);
    }

    private static string Page(string title, string text, string extra = "") =>
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} · Review4U</title></head>"
        + $"<body><main><h1>{title}</h1><p>{text}</p>{extra}</main></body></html>";
}
