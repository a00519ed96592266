namespace Review4U.Web.Features.Meetings.Text;

/// <summary>The meeting pages' own words in Spanish.</summary>
internal static class MeetingTextEs
{
    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["header.proposalsUntil"] = "propuestas hasta el {0}",
        ["agenda.saved"] = "Guardado. Gracias.",
        ["agenda.proposeHeading"] = "Proponer un punto",
        ["agenda.title"] = "Título",
        ["agenda.details"] = "Detalles (opcional)",
        ["agenda.propose"] = "Proponer",
        ["agenda.closed"] = "El plazo de propuestas para esta reunión está cerrado.",
        ["agenda.settle"] = "Fijar el orden del día (Comité Directivo)",
        ["items.heading"] = "Puntos propuestos",
        ["items.none"] = "Ninguno por ahora.",
        ["items.yours"] = "suyo",
        ["review.notOpen"] = "La votación sobre este orden del día no está abierta.",
        ["review.proposedBy"] = "Propuesto por {0}",
        ["review.approve"] = "Aprobar",
        ["review.reject"] = "Rechazar",
        ["review.record"] = "Registrar mis votos",
        ["error.details"] = "Detalles",
        ["error.link.title"] = "Enlace no válido",
        ["error.link.text"] = "Este enlace no abre ningún orden del día. Utilice el enlace de su último correo electrónico sobre esta reunión.",
        ["error.notSaved.title"] = "No se guardó",
        ["error.notSaved.text"] = "No se guardó nada. Vuelva atrás, corrija e inténtelo de nuevo.",
        ["error.vote.text"] = "Cada voto aprueba o rechaza un punto de este orden del día; no se guardó nada.",
        ["error.formExpected.title"] = "Se esperaba un formulario",
        ["error.formExpected.text"] = "Utilice el formulario de la página.",
        ["error.reload.title"] = "Vuelva a cargar la página",
        ["error.reload.text"] = "El formulario había caducado o no procedía de este sitio; no se guardó nada.",
    };
}
