using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Review4U.Secretariat.Decisions;
using Review4U.Secretariat.Interests;

namespace Review4U.Web.Features.Secretariat;

/// <summary>The Secretariat pages' HTML: minimal and accessible; every value goes through the HTML encoder.</summary>
internal static class SecretariatHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    public static string Interest(InterestView view, string token, string antiforgery, string saved, string? error)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>Serve as Secretariat of {E(view.BodyName)}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>The term of {E(view.SecretariatName)} ends on {view.TermEndsOn:yyyy-MM-dd}. Expressions of interest close on {view.Deadline.UtcDateTime:yyyy-MM-dd HH:mm} UTC.</p>");
        if (saved.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"saved\">Saved (version {view.Revision.ToString(CultureInfo.InvariantCulture)}).</p>");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" id=\"error\">{E(error)}</p>");
        }

        if (!view.Open)
        {
            html.Append("<p role=\"alert\">Expressions of interest are closed.</p>");
            return Layout("Secretariat", html.ToString());
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/secretariat/interest/{E(Uri.EscapeDataString(token))}\">{antiforgery}");
        html.Append(CultureInfo.InvariantCulture, $"<p>Organisation: <strong id=\"organisation\">{E(view.OrganisationName)}</strong></p>");
        html.Append("<label>Proposed coordinator <select name=\"contact\">");
        foreach (var (id, name, email) in view.Contacts)
        {
            var selected = id == view.ProposedContactId ? " selected" : "";
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(email)}\"{selected}>{E(name)} ({E(email)})</option>");
        }

        html.Append("</select></label>");
        html.Append(CultureInfo.InvariantCulture,
            $"<label>Motivation<br><textarea name=\"motivation\" rows=\"8\" cols=\"80\" maxlength=\"{InterestRules.MaxMotivationLength}\" required>{E(view.Motivation)}</textarea></label>");
        html.Append("<button>Express interest</button></form>");
        return Layout("Secretariat", html.ToString());
    }

    public static string Ballot(BallotView view, string token, string antiforgery, string? error)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>The Secretariat of {E(view.BodyName)}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>{E(view.VoterName)}: the term of {E(view.SecretariatName)} ends on {view.TermEndsOn:yyyy-MM-dd}. The decision is taken when {view.Quorum.ToString(CultureInfo.InvariantCulture)} members agree.</p>");
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" id=\"error\">{E(error)}</p>");
        }

        if (view.Decision is not null)
        {
            var decided = view.Decision == Choices.Renew ? $"renew {view.SecretariatName}"
                : view.Candidates.FirstOrDefault(c => Choices.Of(c.InterestId) == view.Decision)?.Organisation ?? view.Decision;
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"decision\">Decided: {E(decided)}.</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/secretariat/decide/{E(Uri.EscapeDataString(token))}\">{antiforgery}<fieldset><legend>Your vote</legend>");
        Option(html, Choices.Renew, $"Renew {view.SecretariatName} for one year", view);
        foreach (var candidate in view.Candidates)
        {
            Option(html, Choices.Of(candidate.InterestId), $"{candidate.Organisation}, coordinator {candidate.Coordinator}: {candidate.Motivation}", view);
        }

        html.Append("</fieldset>");
        if (view.Decision is null && view.Status == "deciding")
        {
            html.Append("<button>Vote</button>");
        }

        html.Append("</form>");
        return Layout("Secretariat decision", html.ToString());
    }

    public static string Message(string title, string text) => Layout(title, $"<h1>{E(title)}</h1><p role=\"alert\">{E(text)}</p>");

    private static void Option(StringBuilder html, string value, string label, BallotView view)
    {
        var chosen = view.MyVote == value ? " checked" : "";
        var count = view.Votes.GetValueOrDefault(value).ToString(CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture,
            $"<p><label><input type=\"radio\" name=\"choice\" value=\"{E(value)}\"{chosen} required> {E(label)}</label> <span class=\"votes\">({count} vote(s))</span></p>");
    }

    private static string Layout(string title, string content) =>
        $"<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · Review4U</title></head><body><main>{content}</main></body></html>";

    private static string E(string value) => Encoder.Encode(value);
}
