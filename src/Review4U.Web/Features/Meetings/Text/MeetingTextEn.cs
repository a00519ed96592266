namespace Review4U.Web.Features.Meetings.Text;

/// <summary>The meeting pages' own words in English.</summary>
internal static class MeetingTextEn
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["header.proposalsUntil"] = "proposals until {0}",
        ["agenda.saved"] = "Saved. Thank you.",
        ["agenda.proposeHeading"] = "Propose an item",
        ["agenda.title"] = "Title",
        ["agenda.details"] = "Details (optional)",
        ["agenda.propose"] = "Propose",
        ["agenda.closed"] = "Proposals are closed for this meeting.",
        ["agenda.settle"] = "Settle the agenda (Steering Committee)",
        ["items.heading"] = "Proposed items",
        ["items.none"] = "None yet.",
        ["items.yours"] = "yours",
        ["review.notOpen"] = "Voting on this agenda is not open.",
        ["review.proposedBy"] = "Proposed by {0}",
        ["review.approve"] = "Approve",
        ["review.reject"] = "Reject",
        ["review.record"] = "Record my votes",
        ["error.details"] = "Details",
        ["error.link.title"] = "Link not valid",
        ["error.link.text"] = "This link does not open a meeting agenda. Please use the link from your latest email about this meeting.",
        ["error.notSaved.title"] = "Not saved",
        ["error.notSaved.text"] = "Nothing was saved. Please go back, correct and try again.",
        ["error.vote.text"] = "Each vote is approve or reject on an item of this agenda; nothing was saved.",
        ["error.formExpected.title"] = "Form expected",
        ["error.formExpected.text"] = "Please use the form on the page.",
        ["error.reload.title"] = "Please reload the page",
        ["error.reload.text"] = "The form had expired or did not come from this site; nothing was saved.",
    };
}
