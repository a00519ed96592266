namespace Review4U.Web.Features.Secretariat.Text;

/// <summary>The Secretariat pages' own words in French.</summary>
internal static class SecretariatTextFr
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["interest.pageTitle"] = "Secrétariat",
        ["interest.heading"] = "Assurer le Secrétariat de {0}",
        ["interest.intro"] = "Le mandat de {0} prend fin le {1}. Les manifestations d'intérêt sont reçues jusqu'au {2} UTC.",
        ["interest.saved"] = "Enregistré (version {0}).",
        ["interest.closed"] = "Les manifestations d'intérêt sont closes.",
        ["interest.organisation"] = "Organisation",
        ["interest.coordinator"] = "Coordinateur ou coordinatrice proposé(e)",
        ["interest.motivation"] = "Motivation",
        ["interest.submit"] = "Manifester notre intérêt",
        ["ballot.pageTitle"] = "Décision sur le Secrétariat",
        ["ballot.heading"] = "Le Secrétariat de {0}",
        ["ballot.intro"] = "{0} : le mandat de {1} prend fin le {2}. La décision est acquise lorsque {3} membres sont d'accord.",
        ["ballot.decided"] = "Décision : {0}.",
        ["ballot.renewDecided"] = "reconduire {0}",
        ["ballot.legend"] = "Votre vote",
        ["ballot.renew"] = "Reconduire {0} pour un an",
        ["ballot.candidate"] = "{0}, coordination : {1} : {2}",
        ["ballot.votes"] = "({0} vote(s))",
        ["ballot.vote"] = "Voter",
        ["error.notSaved"] = "Rien n'a été enregistré :",
        ["error.details"] = "Détails",
        ["error.link.title"] = "Ce lien ne peut pas être utilisé",
        ["error.link.text"] = "Merci d'utiliser le lien de votre dernier courriel concernant le Secrétariat.",
        ["error.formExpected.title"] = "Formulaire attendu",
        ["error.formExpected.text"] = "Merci d'utiliser le formulaire de la page.",
        ["error.reload.title"] = "Merci de recharger la page",
        ["error.reload.text"] = "Le formulaire avait expiré ou ne venait pas de ce site ; rien n'a été enregistré.",
    };
}
