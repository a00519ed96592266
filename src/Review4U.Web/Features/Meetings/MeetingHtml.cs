using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Review4U.Meetings.Agenda;
using Review4U.Web.Features.Answers.Text;
using Review4U.Web.Features.Meetings.Text;

namespace Review4U.Web.Features.Meetings;

/// <summary>
/// The meeting pages' HTML in the reader's language (<see cref="MeetingTexts"/>): self-contained, every value encoded,
/// <c>dir="rtl"</c> for Arabic readers. Field names and ids are the tests' contract: keep them.
/// </summary>
internal static class MeetingHtml
{
    // All of Unicode stays as text (Arabic, French accents); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Propose(AgendaPage page, string action, string reviewUrl, string antiforgery, bool saved)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = MeetingTexts.Table.For(page.Language);
        var html = new StringBuilder();
        Header(html, page, text);
        if (saved)
        {
            html.Append("<p role=\"status\" id=\"saved\" class=\"ok\">").Append(E(text["agenda.saved"])).Append("</p>");
        }

        Items(html, page.Items, text);
        if (page.ProposalsOpen)
        {
            html.Append("<h2>").Append(E(text["agenda.proposeHeading"])).Append("</h2><form method=\"post\" action=\"").Append(E(action)).Append("\">").Append(antiforgery)
                .Append("<p><label for=\"title\">").Append(E(text["agenda.title"])).Append("</label><br><input id=\"title\" name=\"title\" maxlength=\"300\" required size=\"60\"></p>")
                .Append("<p><label for=\"details\">").Append(E(text["agenda.details"])).Append("</label><br><textarea id=\"details\" name=\"details\" rows=\"5\" cols=\"60\"></textarea></p>")
                .Append("<p><button type=\"submit\">").Append(E(text["agenda.propose"])).Append("</button></p></form>");
        }
        else
        {
            html.Append("<p id=\"proposals-closed\">").Append(E(text["agenda.closed"])).Append("</p>");
        }

        if (page.VotingOpen)
        {
            html.Append("<p><a href=\"").Append(E(reviewUrl)).Append("\">").Append(E(text["agenda.settle"])).Append("</a></p>");
        }

        return Layout(page.MeetingTitle, text, html.ToString());
    }

    public static string Review(AgendaPage page, string action, string antiforgery, bool saved)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = MeetingTexts.Table.For(page.Language);
        var html = new StringBuilder();
        Header(html, page, text);
        if (saved)
        {
            html.Append("<p role=\"status\" id=\"saved\" class=\"ok\">").Append(E(text["agenda.saved"])).Append("</p>");
        }

        if (!page.VotingOpen)
        {
            html.Append("<p id=\"voting-closed\">").Append(E(text["review.notOpen"])).Append("</p>");
            Items(html, page.Items, text);
            return Layout(page.MeetingTitle, text, html.ToString());
        }

        html.Append("<form method=\"post\" action=\"").Append(E(action)).Append("\">").Append(antiforgery);
        foreach (var item in page.Items)
        {
            var name = "vote." + item.Id.ToString("D");
            html.Append("<fieldset><legend>").Append(E(item.Title)).Append("</legend>");
            if (item.Details is not null)
            {
                html.Append("<p>").Append(E(item.Details)).Append("</p>");
            }

            html.Append("<p>").Append(E(text.Format("review.proposedBy", item.ProposedBy))).Append("</p>");
            foreach (var (value, label, chosen) in new[] { ("approve", text["review.approve"], item.MyVote == true), ("reject", text["review.reject"], item.MyVote == false) })
            {
                var id = name + "." + value;
                html.Append("<label for=\"").Append(E(id)).Append("\"><input type=\"radio\" id=\"").Append(E(id)).Append("\" name=\"").Append(E(name))
                    .Append("\" value=\"").Append(value).Append('"').Append(chosen ? " checked" : "").Append("> ").Append(E(label)).Append("</label> ");
            }

            html.Append("</fieldset>");
        }

        html.Append("<p><button type=\"submit\">").Append(E(text["review.record"])).Append("</button></p></form>");
        return Layout(page.MeetingTitle, text, html.ToString());
    }

    /// <summary>An error page: its title and text in the reader's language, and the module's own explanation (English) as details.</summary>
    public static string Message(PageText text, string titleKey, string textKey, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        html.Append("<h1>").Append(E(text[titleKey])).Append("</h1><p role=\"alert\">").Append(E(text[textKey])).Append("</p>");
        if (!string.IsNullOrWhiteSpace(details))
        {
            html.Append("<p><small>").Append(E(text["error.details"])).Append(": <span lang=\"en\" dir=\"ltr\">").Append(E(details)).Append("</span></small></p>");
        }

        return Layout(text[titleKey], text, html.ToString());
    }

    private static void Header(StringBuilder html, AgendaPage page, PageText text)
    {
        html.Append("<p>").Append(E(page.BodyName)).Append("</p><h1>").Append(E(page.MeetingTitle)).Append("</h1>");
        if (page.StartsAt is { } start)
        {
            html.Append("<p>").Append(E(start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append(" (").Append(E(page.TimeZone)).Append(')');
            if (page.Cutoff is { } cutoff)
            {
                html.Append(" · ").Append(E(text.Format("header.proposalsUntil", cutoff.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
            }

            html.Append("</p>");
        }
    }

    private static void Items(StringBuilder html, IReadOnlyList<AgendaPageItem> items, PageText text)
    {
        html.Append("<h2>").Append(E(text["items.heading"])).Append("</h2>");
        if (items.Count == 0)
        {
            html.Append("<p>").Append(E(text["items.none"])).Append("</p>");
            return;
        }

        html.Append("<ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(E(item.Title)).Append(" <small>(").Append(E(item.ProposedBy)).Append(item.Mine ? ", " + E(text["items.yours"]) : "").Append(")</small></li>");
        }

        html.Append("</ul>");
    }

    private static string Layout(string title, PageText text, string content) =>
        $"<!DOCTYPE html><html lang=\"{E(text.Language)}\" dir=\"{text.Direction}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<title>{E(title)}</title><style>body{{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}fieldset{{margin:1rem 0}}.ok{{color:#0a5c2f}}</style></head>" +
        $"<body><main>{content}</main></body></html>";

    private static string E(string value) => Encoder.Encode(value);
}
