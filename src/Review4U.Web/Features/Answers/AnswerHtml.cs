using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Review4U.Documents.Questionnaires;
using Review4U.Rounds.Answers;
using Review4U.Web.Features.Answers.Text;

namespace Review4U.Web.Features.Answers;

/// <summary>
/// The answer pages' HTML: minimal, accessible, in the reader's language (right-to-left for Arabic); every value goes
/// through the HTML encoder. Form field names, element ids and URLs are a contract with the browser tests: keep them.
/// </summary>
internal static class AnswerHtml
{
    // All of Unicode stays as text (Arabic, French accents); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    public static string Task(TaskView view, string token, string antiforgery, string saved)
    {
        var access = view.Access;
        var text = PageText.For(access.Language);
        var language = text.Language;
        var action = $"/answers/{access.Round.Id}/{Uri.EscapeDataString(token)}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1 data-testid=\"round-title\">{E(access.Round.Title)}</h1>");
        var status = text.Format("task.deadline", access.Round.Deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        html.Append(CultureInfo.InvariantCulture,
            $"<p>{E(access.Task.OrganisationName)} · {E(access.ContactName)} · <span data-testid=\"deadline\">{E(status)}</span> · {E(text["task.status"])} <strong id=\"status\" data-testid=\"task-status\" data-status=\"{E(access.Task.Status)}\">{E(StatusText(text, access.Task.Status))}</strong></p>");
        if (saved.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"saved\" data-testid=\"saved\" data-saved=\"{E(saved)}\">{E(SavedText(text, saved))}</p>");
        }

        if (!view.Editable)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" data-testid=\"read-only\">{E(text["task.readOnly"])}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(action)}\" data-testid=\"answers-form\">{antiforgery}");
        foreach (var routed in view.Questions)
        {
            var question = routed.Question;
            view.Answers.TryGetValue(question.Id, out var answer);
            html.Append(CultureInfo.InvariantCulture, $"<fieldset id=\"{E(question.Id)}\" data-testid=\"question-{E(question.Id)}\"><legend>{E(question.Id)}. {E(question.Text.Get(language))}</legend>");
            if (question.Guidance is { } guidance)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"guidance\">{E(guidance.Get(language))}</p>");
            }

            foreach (var (value, label) in Choices(question, text))
            {
                var type = question.Type == QuestionType.MultipleChoice ? "checkbox" : "radio";
                var chosen = answer?.Choices.Contains(value) == true ? " checked" : "";
                html.Append(CultureInfo.InvariantCulture, $"<label><input type=\"{type}\" name=\"c.{E(question.Id)}\" value=\"{E(value)}\"{chosen}> {E(label)}</label> ");
            }

            if (question.Type != QuestionType.FileUpload)
            {
                html.Append(CultureInfo.InvariantCulture, $"<label>{E(text["task.answer"])}<br><textarea name=\"q.{E(question.Id)}\" rows=\"5\" cols=\"80\">{E(answer?.Text ?? "")}</textarea></label>");
            }

            foreach (var file in view.Attachments.Where(a => a.QuestionId == question.Id))
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"file\">📎 {E(file.FileName)} ({E(text.Format("task.bytes", file.SizeBytes))})</p>");
            }

            html.Append("</fieldset>");
        }

        if (view.Editable)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<button name=\"action\" value=\"draft\" data-testid=\"save-draft\">{E(text["task.saveDraft"])}</button> <button name=\"action\" value=\"submit\" data-testid=\"submit\">{E(text["task.submit"])}</button>");
        }

        html.Append("</form>");
        if (view.Editable)
        {
            var options = string.Concat(view.Questions.Select(q => $"<option value=\"{E(q.Question.Id)}\">{E(q.Question.Id)}</option>"));
            html.Append(CultureInfo.InvariantCulture,
                $"<h2>{E(text["task.attachHeading"])}</h2><form method=\"post\" enctype=\"multipart/form-data\" action=\"{E(action)}/attach\" data-testid=\"attach-form\">{antiforgery}<label>{E(text["task.question"])} <select name=\"question\">{options}</select></label> <label>{E(text["task.file"])} <input type=\"file\" name=\"file\" required></label> <button>{E(text["task.attach"])}</button></form>");
            html.Append(CultureInfo.InvariantCulture,
                $"<h2>{E(text["task.forwardHeading"])}</h2><form method=\"post\" action=\"{E(action)}/forward\" data-testid=\"forward-form\">{antiforgery}<label>{E(text["task.colleagueEmail"])} <input type=\"email\" name=\"email\" required></label> <button>{E(text["task.forward"])}</button></form>");
            html.Append(CultureInfo.InvariantCulture,
                $"<h2>{E(text["task.declineHeading"])}</h2><form method=\"post\" action=\"{E(action)}/decline\" data-testid=\"decline-form\">{antiforgery}<label>{E(text["task.reason"])} <input name=\"reason\" required></label> <button>{E(text["task.decline"])}</button></form>");
        }

        return Layout(access.Round.Title, text, html.ToString());
    }

    /// <summary>A page saying one thing: a title and its explanation, with an optional detail (the domain's own, English, message).</summary>
    public static string Message(PageText text, string titleKey, string textKey, string? detail = null, string testId = "message")
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = text[titleKey];
        return Layout(title, text, $"<h1 data-testid=\"{E(testId)}\">{E(title)}</h1><p role=\"alert\">{E(text[textKey])}</p>{Detail(text, detail)}");
    }

    public static string FreshLink(PageText text, string action, string antiforgery)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Layout(text["error.expired.title"], text,
            $"<h1 data-testid=\"link-expired\">{E(text["error.expired.title"])}</h1><p role=\"alert\">{E(text["error.expired.text"])}</p><form method=\"post\" action=\"{E(action)}\" data-testid=\"fresh-link-form\">{antiforgery}<button>{E(text["error.expired.button"])}</button></form>");
    }

    public static string Acknowledge(PageText text, string token, string antiforgery)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Layout(text["ack.title"], text,
            $"<h1>{E(text["ack.title"])}</h1><p>{E(text["ack.text"])}</p><form method=\"post\" action=\"/answers/acknowledge/{E(Uri.EscapeDataString(token))}\" data-testid=\"acknowledge-form\">{antiforgery}<button>{E(text["ack.button"])}</button></form>");
    }

    /// <summary>The page around every content: language and direction from the reader's language, no external resources.</summary>
    public static string Layout(string title, PageText text, string content)
    {
        ArgumentNullException.ThrowIfNull(text);
        var direction = text.RightToLeft ? "rtl" : "ltr";
        return $"<!DOCTYPE html><html lang=\"{E(text.Language)}\" dir=\"{direction}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · Review4U</title></head><body><main>{content}</main></body></html>";
    }

    public static string E(string value) => Encoder.Encode(value);

    private static string Detail(PageText text, string? detail) =>
        string.IsNullOrWhiteSpace(detail) ? "" : $"<p class=\"detail\" data-testid=\"detail\">{E(text["error.details"])}: <span lang=\"en\" dir=\"ltr\">{E(detail)}</span></p>";

    private static string StatusText(PageText text, string status) =>
        PageText.Keys.Contains("status." + status) ? text["status." + status] : status;

    private static string SavedText(PageText text, string saved) =>
        PageText.Keys.Contains("saved." + saved) ? text["saved." + saved] : saved;

    private static IEnumerable<(string Value, string Label)> Choices(Question question, PageText text) => question.Type switch
    {
        QuestionType.YesNoPartially => YesNoPartially.All.Select(v => (v, text["choice." + v])),
        QuestionType.SingleChoice or QuestionType.MultipleChoice => question.Options.Select(o => (o.Id, o.Text.Get(text.Language))),
        _ => [],
    };
}
