using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Status;

namespace Review4U.Web.Features.FollowUp;

/// <summary>The follow-up pages' HTML: minimal, accessible, right-to-left for Arabic; every value goes through the HTML encoder.</summary>
internal static class FollowUpHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    public static string Message(string title, string text) => Layout(title, "en", $"<h1>{E(title)}</h1><p role=\"alert\">{E(text)}</p>");

    public static string Status(StatusView view, string antiforgery, bool saved, string? error)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(view.CommitmentKey)}. {E(view.CommitmentTitle)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(view.BodyName)} · VPI follow-up {E(view.Period)} · due {E(view.DueDate)} · please answer by {view.Deadline.UtcDateTime:yyyy-MM-dd}</p>");
        if (saved)
        {
            html.Append("<p role=\"status\">Thank you: your update is recorded.</p>");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\">{E(error)}; nothing was saved.</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\">{antiforgery}<fieldset><legend>Status</legend>");
        foreach (var status in CommitmentStatuses.All)
        {
            var id = "status-" + status;
            html.Append(CultureInfo.InvariantCulture,
                $"<div><input type=\"radio\" id=\"{id}\" name=\"status\" value=\"{status}\"{(status == view.Status ? " checked" : "")}><label for=\"{id}\">{E(status.Replace('-', ' '))}</label></div>");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"</fieldset><div><label for=\"progress\">Progress (%)</label> <input id=\"progress\" name=\"progress\" type=\"number\" min=\"0\" max=\"100\" value=\"{view.Progress}\"></div>");
        html.Append(CultureInfo.InvariantCulture,
            $"<div><label for=\"note\">Note</label><br><textarea id=\"note\" name=\"note\" rows=\"5\" cols=\"60\" maxlength=\"4000\">{E(view.LastNote ?? "")}</textarea></div>");
        html.Append("<button type=\"submit\">Save the update</button></form>");
        return Layout(view.CommitmentKey + " status", view.Language, html.ToString());
    }

    public static string Plan(string reviewer, PlanView view, string antiforgery, string saved, string? error)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(view.Plan.Title)} (version {view.Plan.Version})</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>{E(reviewer)} · {E(view.Plan.Status)} · approvals {view.Outcome.Approvals} of {view.Plan.Quorum} needed, rejections {view.Outcome.Rejections}</p>");
        if (saved.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\">Recorded: {E(saved)}.</p>");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\">{E(error)}; nothing was saved.</p>");
        }

        html.Append("<table><caption>Activities</caption><tr><th scope=\"col\">Key</th><th scope=\"col\">Starts</th><th scope=\"col\">Kind</th><th scope=\"col\">Title</th><th scope=\"col\">Owner</th></tr>");
        foreach (var a in view.Activities)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(a.Key)}</td><td>{E(PlanText.Local(a.StartsAt, view.TimeZoneId))}</td><td>{E(a.Kind)}</td><td>{E(a.Title)}</td><td>{E(a.OwnerName)}</td></tr>");
        }

        html.Append("</table><h2>Comments and votes</h2><ul>");
        foreach (var d in view.Decisions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(d.Reviewer)}: {E(d.Kind)}{(d.ActivityKey is null ? "" : " (" + E(d.ActivityKey) + ")")} {E(d.Text ?? "")}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><form method=\"post\">{antiforgery}");
        html.Append("<div><label for=\"text\">Comment</label><br><textarea id=\"text\" name=\"text\" rows=\"4\" cols=\"60\"></textarea></div>");
        html.Append("<div><label for=\"activity\">About the activity (optional)</label> <select id=\"activity\" name=\"activity\"><option value=\"\">the whole plan</option>");
        foreach (var a in view.Activities)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(a.Key)}\">{E(a.Key)}</option>");
        }

        html.Append("</select></div><button type=\"submit\" name=\"decision\" value=\"comment\">Comment</button> ");
        html.Append("<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button> <button type=\"submit\" name=\"decision\" value=\"reject\">Reject</button></form>");
        return Layout(view.Plan.Title, "en", html.ToString());
    }

    private static string Layout(string title, string language, string content)
    {
        var direction = language == "ar" ? "rtl" : "ltr";
        return $"<!DOCTYPE html><html lang=\"{E(language)}\" dir=\"{direction}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · Review4U</title></head><body><main>{content}</main></body></html>";
    }

    private static string E(string value) => Encoder.Encode(value);
}
