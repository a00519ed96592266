using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Plans;
using Review4U.FollowUp.Status;
using Review4U.Web.Features.Answers.Text;
using Review4U.Web.Features.FollowUp.Text;

namespace Review4U.Web.Features.FollowUp;

/// <summary>
/// The follow-up pages' HTML in the reader's language (<see cref="FollowUpTexts"/>): minimal, accessible, right-to-left for
/// Arabic; every value goes through the HTML encoder. Field names and ids are the tests' contract: keep them.
/// </summary>
internal static class FollowUpHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    /// <summary>An error page: title and text in the reader's language, the module's own explanation (English) as details.</summary>
    public static string Message(PageText text, string titleKey, string textKey, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(text[titleKey])}</h1><p role=\"alert\">{E(text[textKey])}</p>");
        if (!string.IsNullOrWhiteSpace(details))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><small>{E(text["error.details"])}: <span lang=\"en\" dir=\"ltr\">{E(details)}</span></small></p>");
        }

        return Layout(text[titleKey], text, html.ToString());
    }

    public static string Status(StatusView view, string antiforgery, bool saved, string? error)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = FollowUpTexts.Table.For(view.Language);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(view.CommitmentKey)}. {E(view.CommitmentTitle)}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>{E(text.Format("status.intro", view.BodyName, view.Period, view.DueDate, view.Deadline.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}</p>");
        if (saved)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"saved\">{E(text["status.saved"])}</p>");
        }

        Error(html, text, error);
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\">{antiforgery}<fieldset><legend>{E(text["status.legend"])}</legend>");
        foreach (var status in CommitmentStatuses.All)
        {
            var id = "status-" + status;
            html.Append(CultureInfo.InvariantCulture,
                $"<div><input type=\"radio\" id=\"{id}\" name=\"status\" value=\"{status}\"{(status == view.Status ? " checked" : "")}><label for=\"{id}\">{E(Word(text, "commitment.", status))}</label></div>");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"</fieldset><div><label for=\"progress\">{E(text["status.progress"])}</label> <input id=\"progress\" name=\"progress\" type=\"number\" min=\"0\" max=\"100\" value=\"{view.Progress}\"></div>");
        html.Append(CultureInfo.InvariantCulture,
            $"<div><label for=\"note\">{E(text["status.note"])}</label><br><textarea id=\"note\" name=\"note\" rows=\"5\" cols=\"60\" maxlength=\"4000\">{E(view.LastNote ?? "")}</textarea></div>");
        html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{E(text["status.save"])}</button></form>");
        return Layout(text.Format("status.pageTitle", view.CommitmentKey), text, html.ToString());
    }

    public static string Plan(string reviewer, string language, PlanView view, string antiforgery, string saved, string? error)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = FollowUpTexts.Table.For(language);
        var outcome = view.Outcome;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(text.Format("plan.heading", view.Plan.Title, view.Plan.Version))}</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p id=\"plan-status\" data-status=\"{E(view.Plan.Status)}\">{E(text.Format("plan.summary", reviewer, Word(text, "plan.", view.Plan.Status), outcome.Approvals, view.Plan.Quorum, outcome.Rejections))}</p>");
        if (saved.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"saved\" data-saved=\"{E(saved)}\">{E(text.Format("plan.recorded", Word(text, "decision.", saved)))}</p>");
        }

        Error(html, text, error);
        html.Append(CultureInfo.InvariantCulture,
            $"<table><caption>{E(text["plan.activities"])}</caption><tr><th scope=\"col\">{E(text["plan.key"])}</th><th scope=\"col\">{E(text["plan.starts"])}</th><th scope=\"col\">{E(text["plan.kind"])}</th><th scope=\"col\">{E(text["plan.title"])}</th><th scope=\"col\">{E(text["plan.owner"])}</th></tr>");
        foreach (var a in view.Activities)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(a.Key)}</td><td>{E(PlanText.Local(a.StartsAt, view.TimeZoneId))}</td><td>{E(a.Kind)}</td><td>{E(a.Title)}</td><td>{E(a.OwnerName)}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</table><h2>{E(text["plan.decisions"])}</h2><ul>");
        foreach (var d in view.Decisions)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li data-kind=\"{E(d.Kind)}\">{E(d.Reviewer)}: {E(Word(text, "decision.", d.Kind))}{(d.ActivityKey is null ? "" : " (" + E(d.ActivityKey) + ")")} {E(d.Text ?? "")}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><form method=\"post\">{antiforgery}");
        html.Append(CultureInfo.InvariantCulture, $"<div><label for=\"text\">{E(text["plan.comment"])}</label><br><textarea id=\"text\" name=\"text\" rows=\"4\" cols=\"60\"></textarea></div>");
        html.Append(CultureInfo.InvariantCulture,
            $"<div><label for=\"activity\">{E(text["plan.about"])}</label> <select id=\"activity\" name=\"activity\"><option value=\"\">{E(text["plan.wholePlan"])}</option>");
        foreach (var a in view.Activities)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(a.Key)}\">{E(a.Key)}</option>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</select></div><button type=\"submit\" name=\"decision\" value=\"comment\">{E(text["plan.sendComment"])}</button> ");
        html.Append(CultureInfo.InvariantCulture,
            $"<button type=\"submit\" name=\"decision\" value=\"approve\">{E(text["plan.approve"])}</button> <button type=\"submit\" name=\"decision\" value=\"reject\">{E(text["plan.reject"])}</button></form>");
        return Layout(view.Plan.Title, text, html.ToString());
    }

    private static void Error(StringBuilder html, PageText text, string? error)
    {
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" id=\"error\">{E(text["error.notSaved"])} <span lang=\"en\" dir=\"ltr\">{E(error)}</span></p>");
        }
    }

    /// <summary>A code's word in the reader's language (a status, a decision); an unknown code is shown as it is.</summary>
    private static string Word(PageText text, string prefix, string code) =>
        text.TableKeys.Contains(prefix + code) ? text[prefix + code] : code;

    private static string Layout(string title, PageText text, string content) =>
        $"<!DOCTYPE html><html lang=\"{E(text.Language)}\" dir=\"{text.Direction}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · Review4U</title></head><body><main>{content}</main></body></html>";

    private static string E(string value) => Encoder.Encode(value);
}
