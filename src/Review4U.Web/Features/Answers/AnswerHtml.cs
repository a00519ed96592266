using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Review4U.Documents.Questionnaires;
using Review4U.Rounds.Answers;

namespace Review4U.Web.Features.Answers;

/// <summary>The answer pages' HTML: minimal, accessible, right-to-left for Arabic; every value goes through the HTML encoder.</summary>
internal static class AnswerHtml
{
    // All of Unicode stays as text (Arabic, French accents); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    public static string Task(TaskView view, string token, string antiforgery, string saved)
    {
        var access = view.Access;
        var language = access.Language;
        var action = $"/answers/{access.Round.Id}/{Uri.EscapeDataString(token)}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(access.Round.Title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(access.Task.OrganisationName)} · {E(access.ContactName)} · deadline {access.Round.Deadline.UtcDateTime:yyyy-MM-dd HH:mm} UTC · status <strong id=\"status\">{E(access.Task.Status)}</strong></p>");
        if (saved.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"saved\">Saved: {E(saved)}</p>");
        }

        if (!view.Editable)
        {
            html.Append("<p role=\"alert\">The deadline has passed: your answers are shown read-only.</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(action)}\">{antiforgery}");
        foreach (var routed in view.Questions)
        {
            var question = routed.Question;
            view.Answers.TryGetValue(question.Id, out var answer);
            html.Append(CultureInfo.InvariantCulture, $"<fieldset id=\"{E(question.Id)}\"><legend>{E(question.Id)}. {E(question.Text.Get(language))}</legend>");
            if (question.Guidance is { } guidance)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"guidance\">{E(guidance.Get(language))}</p>");
            }

            foreach (var (value, label) in Choices(question, language))
            {
                var type = question.Type == QuestionType.MultipleChoice ? "checkbox" : "radio";
                var chosen = answer?.Choices.Contains(value) == true ? " checked" : "";
                html.Append(CultureInfo.InvariantCulture, $"<label><input type=\"{type}\" name=\"c.{E(question.Id)}\" value=\"{E(value)}\"{chosen}> {E(label)}</label> ");
            }

            if (question.Type != QuestionType.FileUpload)
            {
                html.Append(CultureInfo.InvariantCulture, $"<label>Comments<br><textarea name=\"q.{E(question.Id)}\" rows=\"5\" cols=\"80\">{E(answer?.Text ?? "")}</textarea></label>");
            }

            foreach (var file in view.Attachments.Where(a => a.QuestionId == question.Id))
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"file\">📎 {E(file.FileName)} ({file.SizeBytes.ToString(CultureInfo.InvariantCulture)} bytes)</p>");
            }

            html.Append("</fieldset>");
        }

        if (view.Editable)
        {
            html.Append("<button name=\"action\" value=\"draft\">Save draft</button> <button name=\"action\" value=\"submit\">Submit</button>");
        }

        html.Append("</form>");
        if (view.Editable)
        {
            var options = string.Concat(view.Questions.Select(q => $"<option value=\"{E(q.Question.Id)}\">{E(q.Question.Id)}</option>"));
            html.Append(CultureInfo.InvariantCulture, $"<h2>Attach a file</h2><form method=\"post\" enctype=\"multipart/form-data\" action=\"{E(action)}/attach\">{antiforgery}<select name=\"question\">{options}</select> <input type=\"file\" name=\"file\" required> <button>Attach</button></form>");
            html.Append(CultureInfo.InvariantCulture, $"<h2>Forward to a colleague</h2><form method=\"post\" action=\"{E(action)}/forward\">{antiforgery}<label>Colleague's email <input type=\"email\" name=\"email\" required></label> <button>Forward</button></form>");
            html.Append(CultureInfo.InvariantCulture, $"<h2>Decline</h2><form method=\"post\" action=\"{E(action)}/decline\">{antiforgery}<label>Reason <input name=\"reason\" required></label> <button>Decline</button></form>");
        }

        return Layout(access.Round.Title, language, html.ToString());
    }

    public static string Message(string title, string text) => Layout(title, "en", $"<h1>{E(title)}</h1><p role=\"alert\">{E(text)}</p>");

    public static string FreshLink(Guid roundId, string token, string text, string antiforgery) =>
        Layout("Link expired", "en",
            $"<h1>Link expired</h1><p role=\"alert\">{E(text)}</p><form method=\"post\" action=\"/answers/{roundId}/{E(Uri.EscapeDataString(token))}/fresh-link\">{antiforgery}<button>Send me a fresh link</button></form>");

    public static string Acknowledge(string token, string antiforgery) =>
        Layout("Acknowledge receipt", "en",
            $"<h1>Acknowledge receipt</h1><p>Please confirm that your office received the civil-society contribution.</p><form method=\"post\" action=\"/answers/acknowledge/{E(Uri.EscapeDataString(token))}\">{antiforgery}<button>I acknowledge receipt</button></form>");

    private static IEnumerable<(string Value, string Label)> Choices(Question question, string language) => question.Type switch
    {
        QuestionType.YesNoPartially => YesNoPartially.All.Select(v => (v, v)),
        QuestionType.SingleChoice or QuestionType.MultipleChoice => question.Options.Select(o => (o.Id, o.Text.Get(language))),
        _ => [],
    };

    private static string Layout(string title, string language, string content)
    {
        var direction = language == "ar" ? "rtl" : "ltr";
        return $"<!DOCTYPE html><html lang=\"{E(language)}\" dir=\"{direction}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{E(title)} · Review4U</title></head><body><main>{content}</main></body></html>";
    }

    private static string E(string value) => Encoder.Encode(value);
}
