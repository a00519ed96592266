using System.Globalization;
using System.Text;
using Review4U.Rounds.Review;
using Review4U.Web.Features.Answers;
using Review4U.Web.Features.Answers.Text;

namespace Review4U.Web.Features.Review;

/// <summary>
/// The reviewer's page: the compiled draft (its own HTML, framed and sandboxed), the tally against the quorum, and
/// forms to approve or reject, comment and propose an edit per question. Names, ids and URLs are the browser tests' contract.
/// </summary>
internal static class ReviewHtml
{
    public static string Page(ReviewView view, string token, string antiforgery, string saved)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = PageText.For(view.Language);
        var action = $"/review/{view.Round.Id}/{Uri.EscapeDataString(token)}";
        var outcome = view.Outcome;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1 data-testid=\"review-title\">{E(text.Format("review.heading", view.Round.Title))}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(view.Reviewer.Name)} · {E(text["review.intro"])}</p>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p id=\"tally\" data-testid=\"tally\" data-approvals=\"{outcome.Approvals}\" data-rejections=\"{outcome.Rejections}\" data-quorum=\"{outcome.Quorum}\">{E(text.Format("review.tally", outcome.Quorum, outcome.Approvals, outcome.Rejections, outcome.Reviewers))}</p>");
        if (view.Round.ReviewDeadline is { } deadline)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p data-testid=\"review-deadline\">{E(text.Format("review.deadline", deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))}</p>");
        }

        if (saved.Length > 0 && PageText.Keys.Contains("review.saved." + saved))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\" id=\"saved\" data-testid=\"saved\" data-saved=\"{E(saved)}\">{E(text["review.saved." + saved])}</p>");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<h2>{E(text["review.draft"])}</h2><p><a id=\"open-draft\" data-testid=\"open-draft\" href=\"{E(action)}/draft\" target=\"_blank\" rel=\"noopener\">{E(text["review.openDraft"])}</a></p>");
        html.Append(CultureInfo.InvariantCulture,
            $"<iframe id=\"draft\" data-testid=\"draft\" title=\"{E(text["review.draft"])}\" src=\"{E(action)}/draft\" sandbox style=\"width:100%;height:60vh;border:1px solid #999\"></iframe>");

        html.Append(CultureInfo.InvariantCulture,
            $"<h2>{E(text["review.decideHeading"])}</h2><form method=\"post\" action=\"{E(action)}/decide\" id=\"decide-form\" data-testid=\"decide-form\">{antiforgery}<label>{E(text["review.reasonOptional"])}<br><textarea name=\"reason\" rows=\"3\" cols=\"80\"></textarea></label><br><button name=\"decision\" value=\"approve\" data-testid=\"approve\">{E(text["review.approve"])}</button> <button name=\"decision\" value=\"reject\" data-testid=\"reject\">{E(text["review.reject"])}</button></form>");

        var questions = string.Concat(view.Questions.Select(q => $"<option value=\"{E(q.Id)}\">{E(q.Id)}. {E(Shorten(q.Text))}</option>"));
        html.Append(CultureInfo.InvariantCulture,
            $"<h2>{E(text["review.commentHeading"])}</h2><form method=\"post\" action=\"{E(action)}/comment\" id=\"comment-form\" data-testid=\"comment-form\">{antiforgery}<label>{E(text["review.aboutQuestion"])} <select name=\"question\"><option value=\"\">{E(text["review.wholeDraft"])}</option>{questions}</select></label><br><label>{E(text["review.comment"])}<br><textarea name=\"text\" rows=\"4\" cols=\"80\" required></textarea></label><br><button>{E(text["review.send"])}</button></form>");
        html.Append(CultureInfo.InvariantCulture,
            $"<h2>{E(text["review.editHeading"])}</h2><form method=\"post\" action=\"{E(action)}/edit\" id=\"edit-form\" data-testid=\"edit-form\">{antiforgery}<label>{E(text["task.question"])} <select name=\"question\" required>{questions}</select></label><br><label>{E(text["review.newWording"])}<br><textarea name=\"text\" rows=\"6\" cols=\"80\" required></textarea></label><br><button>{E(text["review.propose"])}</button></form>");

        if (view.MyDecisions.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["review.mine"])}</h2><ul id=\"my-decisions\" data-testid=\"my-decisions\">");
            foreach (var decision in view.MyDecisions)
            {
                var about = decision.QuestionId is { } id ? $" ({E(id)})" : "";
                var said = string.IsNullOrWhiteSpace(decision.Text) ? "" : ": " + E(decision.Text);
                html.Append(CultureInfo.InvariantCulture,
                    $"<li data-kind=\"{E(decision.Kind)}\">{E(text["kind." + decision.Kind])}{about}{said} <small>{decision.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</small></li>");
            }

            html.Append("</ul>");
        }

        return AnswerHtml.Layout(text.Format("review.heading", view.Round.Title), text, html.ToString());
    }

    public static string FreshLink(PageText text, string action, string antiforgery) => AnswerHtml.FreshLink(text, action, antiforgery);

    private static string Shorten(string value) => value.Length <= 90 ? value : string.Concat(value.AsSpan(0, 87), "…");

    private static string E(string value) => AnswerHtml.E(value);
}
