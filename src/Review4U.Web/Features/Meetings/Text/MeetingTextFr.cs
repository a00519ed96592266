namespace Review4U.Web.Features.Meetings.Text;

/// <summary>The meeting pages' own words in French.</summary>
internal static class MeetingTextFr
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["header.proposalsUntil"] = "propositions jusqu'au {0}",
        ["agenda.saved"] = "Enregistré. Merci.",
        ["agenda.proposeHeading"] = "Proposer un point",
        ["agenda.title"] = "Intitulé",
        ["agenda.details"] = "Précisions (facultatif)",
        ["agenda.propose"] = "Proposer",
        ["agenda.closed"] = "Les propositions sont closes pour cette réunion.",
        ["agenda.settle"] = "Arrêter l'ordre du jour (Comité de pilotage)",
        ["items.heading"] = "Points proposés",
        ["items.none"] = "Aucun pour l'instant.",
        ["items.yours"] = "le vôtre",
        ["review.notOpen"] = "Le vote sur cet ordre du jour n'est pas ouvert.",
        ["review.proposedBy"] = "Proposé par {0}",
        ["review.approve"] = "Approuver",
        ["review.reject"] = "Rejeter",
        ["review.record"] = "Enregistrer mes votes",
        ["error.details"] = "Détails",
        ["error.link.title"] = "Lien non valide",
        ["error.link.text"] = "Ce lien n'ouvre pas d'ordre du jour de réunion. Merci d'utiliser le lien de votre dernier courriel sur cette réunion.",
        ["error.notSaved.title"] = "Non enregistré",
        ["error.notSaved.text"] = "Rien n'a été enregistré. Revenez en arrière, corrigez et réessayez.",
        ["error.vote.text"] = "Chaque vote approuve ou rejette un point de cet ordre du jour ; rien n'a été enregistré.",
        ["error.formExpected.title"] = "Formulaire attendu",
        ["error.formExpected.text"] = "Merci d'utiliser le formulaire de la page.",
        ["error.reload.title"] = "Merci de recharger la page",
        ["error.reload.text"] = "Le formulaire avait expiré ou ne venait pas de ce site ; rien n'a été enregistré.",
    };
}
