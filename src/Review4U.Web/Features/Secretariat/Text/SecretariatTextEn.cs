namespace Review4U.Web.Features.Secretariat.Text;

/// <summary>The Secretariat pages' own words in English.</summary>
internal static class SecretariatTextEn
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["interest.pageTitle"] = "Secretariat",
        ["interest.heading"] = "Serve as Secretariat of {0}",
        ["interest.intro"] = "The term of {0} ends on {1}. Expressions of interest close on {2} UTC.",
        ["interest.saved"] = "Saved (version {0}).",
        ["interest.closed"] = "Expressions of interest are closed.",
        ["interest.organisation"] = "Organisation",
        ["interest.coordinator"] = "Proposed coordinator",
        ["interest.motivation"] = "Motivation",
        ["interest.submit"] = "Express interest",
        ["ballot.pageTitle"] = "Secretariat decision",
        ["ballot.heading"] = "The Secretariat of {0}",
        ["ballot.intro"] = "{0}: the term of {1} ends on {2}. The decision is taken when {3} members agree.",
        ["ballot.decided"] = "Decided: {0}.",
        ["ballot.renewDecided"] = "renew {0}",
        ["ballot.legend"] = "Your vote",
        ["ballot.renew"] = "Renew {0} for one year",
        ["ballot.candidate"] = "{0}, coordinator {1}: {2}",
        ["ballot.votes"] = "({0} vote(s))",
        ["ballot.vote"] = "Vote",
        ["error.notSaved"] = "Nothing was saved:",
        ["error.details"] = "Details",
        ["error.link.title"] = "This link cannot be used",
        ["error.link.text"] = "Please use the link from your latest email about the Secretariat.",
        ["error.formExpected.title"] = "Form expected",
        ["error.formExpected.text"] = "Please use the form on the page.",
        ["error.reload.title"] = "Please reload the page",
        ["error.reload.text"] = "The form had expired or did not come from this site; nothing was saved.",
    };
}
