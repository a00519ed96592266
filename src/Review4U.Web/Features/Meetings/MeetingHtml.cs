using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Review4U.Meetings.Agenda;

namespace Review4U.Web.Features.Meetings;

/// <summary>The meeting pages' HTML: self-contained, every value encoded, <c>dir="rtl"</c> for Arabic readers.</summary>
internal static class MeetingHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Propose(AgendaPage page, string action, string reviewUrl, string antiforgery, string? saved)
    {
        var html = new StringBuilder();
        Header(html, page);
        if (saved is not null)
        {
            html.Append("<p role=\"status\" class=\"ok\">").Append(E(saved)).Append("</p>");
        }

        Items(html, page.Items, withVotes: false);
        if (page.ProposalsOpen)
        {
            html.Append("<h2>Propose an item</h2><form method=\"post\" action=\"").Append(E(action)).Append("\">").Append(antiforgery)
                .Append("<p><label for=\"title\">Title</label><br><input id=\"title\" name=\"title\" maxlength=\"300\" required size=\"60\"></p>")
                .Append("<p><label for=\"details\">Details (optional)</label><br><textarea id=\"details\" name=\"details\" rows=\"5\" cols=\"60\"></textarea></p>")
                .Append("<p><button type=\"submit\">Propose</button></p></form>");
        }
        else
        {
            html.Append("<p>Proposals are closed for this meeting.</p>");
        }

        if (page.VotingOpen)
        {
            html.Append("<p><a href=\"").Append(E(reviewUrl)).Append("\">Settle the agenda (Steering Committee)</a></p>");
        }

        return Layout(page.MeetingTitle, page.Language, html.ToString());
    }

    public static string Review(AgendaPage page, string action, string antiforgery, string? saved)
    {
        var html = new StringBuilder();
        Header(html, page);
        if (saved is not null)
        {
            html.Append("<p role=\"status\" class=\"ok\">").Append(E(saved)).Append("</p>");
        }

        if (!page.VotingOpen)
        {
            html.Append("<p>Voting on this agenda is not open.</p>");
            Items(html, page.Items, withVotes: false);
            return Layout(page.MeetingTitle, page.Language, html.ToString());
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

            html.Append("<p>Proposed by ").Append(E(item.ProposedBy)).Append("</p>");
            foreach (var (value, label, chosen) in new[] { ("approve", "Approve", item.MyVote == true), ("reject", "Reject", item.MyVote == false) })
            {
                var id = name + "." + value;
                html.Append("<label for=\"").Append(E(id)).Append("\"><input type=\"radio\" id=\"").Append(E(id)).Append("\" name=\"").Append(E(name))
                    .Append("\" value=\"").Append(value).Append('"').Append(chosen ? " checked" : "").Append("> ").Append(label).Append("</label> ");
            }

            html.Append("</fieldset>");
        }

        html.Append("<p><button type=\"submit\">Record my votes</button></p></form>");
        return Layout(page.MeetingTitle, page.Language, html.ToString());
    }

    public static string Message(string title, string text) => Layout(title, "en", "<p>" + E(text) + "</p>");

    private static void Header(StringBuilder html, AgendaPage page)
    {
        html.Append("<p>").Append(E(page.BodyName)).Append("</p><h1>").Append(E(page.MeetingTitle)).Append("</h1>");
        if (page.StartsAt is { } start)
        {
            html.Append("<p>").Append(E(start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append(" (").Append(E(page.TimeZone)).Append(')');
            if (page.Cutoff is { } cutoff)
            {
                html.Append(" · proposals until ").Append(E(cutoff.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
            }

            html.Append("</p>");
        }
    }

    private static void Items(StringBuilder html, IReadOnlyList<AgendaPageItem> items, bool withVotes)
    {
        html.Append("<h2>Proposed items</h2>");
        if (items.Count == 0)
        {
            html.Append("<p>None yet.</p>");
            return;
        }

        html.Append("<ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(E(item.Title)).Append(" <small>(").Append(E(item.ProposedBy)).Append(item.Mine ? ", yours" : "").Append(")</small>");
            if (withVotes && item.MyVote is { } vote)
            {
                html.Append(vote ? " approved" : " rejected");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    private static string Layout(string title, string language, string content) =>
        $"<!DOCTYPE html><html lang=\"{E(language)}\" dir=\"{(language == "ar" ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<title>{E(title)}</title><style>body{{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}fieldset{{margin:1rem 0}}.ok{{color:#0a5c2f}}</style></head>" +
        $"<body><main>{content}</main></body></html>";

    private static string E(string value) => Encoder.Encode(value);
}
