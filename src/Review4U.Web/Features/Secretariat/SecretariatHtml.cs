using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Interests;
using Review4U.Web.Features.Answers.Text;
using Review4U.Web.Features.Secretariat.Text;

namespace Review4U.Web.Features.Secretariat;

/// <summary>
/// The Secretariat pages' HTML in the reader's language (<see cref="SecretariatTexts"/>), right-to-left for Arabic: minimal
/// and accessible; every value goes through the HTML encoder. Field names and ids are the tests' contract: keep them.
/// </summary>
internal static class SecretariatHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    public static string Interest(InterestView view, string token, string antiforgery, string saved, string? error)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = SecretariatTexts.Table.For(view.Language);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(text.Format("interest.heading", view.BodyName))}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>{E(text.Format("interest.intro", view.SecretariatName, Day(view.TermEndsOn), view.Deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))}</p>");
        if (saved.Length > 0)
        {
            var revision = view.Revision.ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"saved\" data-revision=\"{revision}\">{E(text.Format("interest.saved", revision))}</p>");
        }

        Error(html, text, error);
        if (!view.Open)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" id=\"closed\">{E(text["interest.closed"])}</p>");
            return Layout(text["interest.pageTitle"], text, html.ToString());
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/secretariat/interest/{E(Uri.EscapeDataString(token))}\">{antiforgery}");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(text["interest.organisation"])}: <strong id=\"organisation\">{E(view.OrganisationName)}</strong></p>");
        html.Append(CultureInfo.InvariantCulture, $"<label>{E(text["interest.coordinator"])} <select name=\"contact\">");
        foreach (var (id, name, email) in view.Contacts)
        {
            var selected = id == view.ProposedContactId ? " selected" : "";
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(email)}\"{selected}>{E(name)} ({E(email)})</option>");
        }

        html.Append("</select></label>");
        html.Append(CultureInfo.InvariantCulture,
            $"<label>{E(text["interest.motivation"])}<br><textarea name=\"motivation\" rows=\"8\" cols=\"80\" maxlength=\"{InterestRules.MaxMotivationLength}\" required>{E(view.Motivation)}</textarea></label>");
        html.Append(CultureInfo.InvariantCulture, $"<button>{E(text["interest.submit"])}</button></form>");
        return Layout(text["interest.pageTitle"], text, html.ToString());
    }

    public static string Ballot(BallotView view, string token, string antiforgery, string? error)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = SecretariatTexts.Table.For(view.Language);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(text.Format("ballot.heading", view.BodyName))}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>{E(text.Format("ballot.intro", view.VoterName, view.SecretariatName, Day(view.TermEndsOn), view.Quorum.ToString(CultureInfo.InvariantCulture)))}</p>");
        Error(html, text, error);
        if (view.Decision is not null)
        {
            var decided = view.Decision == Choices.Renew ? text.Format("ballot.renewDecided", view.SecretariatName)
                : view.Candidates.FirstOrDefault(c => Choices.Of(c.InterestId) == view.Decision)?.Organisation ?? view.Decision;
            html.Append(CultureInfo.InvariantCulture,
                $"<p role=\"status\" id=\"decision\" data-decision=\"{E(view.Decision)}\">{E(text.Format("ballot.decided", decided))}</p>");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<form method=\"post\" action=\"/secretariat/decide/{E(Uri.EscapeDataString(token))}\">{antiforgery}<fieldset><legend>{E(text["ballot.legend"])}</legend>");
        Option(html, text, Choices.Renew, text.Format("ballot.renew", view.SecretariatName), view);
        foreach (var candidate in view.Candidates)
        {
            Option(html, text, Choices.Of(candidate.InterestId), text.Format("ballot.candidate", candidate.Organisation, candidate.Coordinator, candidate.Motivation), view);
        }

        html.Append("</fieldset>");
        if (view.Decision is null && view.Status == "deciding")
        {
            html.Append(CultureInfo.InvariantCulture, $"<button>{E(text["ballot.vote"])}</button>");
        }

        html.Append("</form>");
        return Layout(text["ballot.pageTitle"], text, html.ToString());
    }

    /// <summary>An error page: title and text in the reader's language, the module's own explanation (English) as details.</summary>
    public static string Message(PageText text, string titleKey, string textKey, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(text[titleKey])}</h1><p role=\"alert\">{E(text[textKey])}</p>");
        if (!string.IsNullOrWhiteSpace(details))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><small>{E(text["error.details"])}: <span lang=\"en\" dir=\"ltr\" id=\"details\">{E(details)}</span></small></p>");
        }

        return Layout(text[titleKey], text, html.ToString());
    }

    private static void Error(StringBuilder html, PageText text, string? error)
    {
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" id=\"error\">{E(text["error.notSaved"])} <span lang=\"en\" dir=\"ltr\">{E(error)}</span></p>");
        }
    }

    private static void Option(StringBuilder html, PageText text, string value, string label, BallotView view)
    {
        var chosen = view.MyVote == value ? " checked" : "";
        var count = view.Votes.GetValueOrDefault(value).ToString(CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture,
            $"<p><label><input type=\"radio\" name=\"choice\" value=\"{E(value)}\"{chosen} required> {E(label)}</label> <span class=\"votes\" data-votes=\"{count}\">{E(text.Format("ballot.votes", count))}</span></p>");
    }

    // Dates stay ISO (yyyy-MM-dd) in every language: unambiguous, and the same in the emails.
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Layout(string title, PageText text, string content) =>
        $"<!DOCTYPE html><html lang=\"{E(text.Language)}\" dir=\"{text.Direction}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · Review4U</title></head><body><main>{content}</main></body></html>";

    private static string E(string value) => Encoder.Encode(value);
}
